using System.Globalization;
using Par.Core.Indicators;
using Par.Core.Ranking;

namespace Par.Core.Tests.Ranking;

public sealed class ScoringTests
{
    [Theory]
    [InlineData(18, 100, "100", "18")]
    [InlineData(18, 100, "98", "17.64")]
    [InlineData(12, 50, "50", "12")]
    [InlineData(12, 50, "62,5", "12")]
    [InlineData(12, 50, "25", "6")]
    [InlineData(10, 80, "0", "0")]
    [InlineData(20, 100, "490/500", "19.6")]
    [InlineData(20, 100, "0/500", "0")]
    [InlineData(12, 90, "45", "6")]
    [InlineData(12, 90, "100", "12")]
    [InlineData(11, 80, "79,2", "10.89")]
    [InlineData(6, 100, "1/3", "2")]
    public void Earned_is_proportional_to_the_target_and_capped_at_the_points(
        int points, int target, string value, string expected)
    {
        var indicator = Indicator(points, target, higherIsBetter: true);

        Assert.Equal(Parse(expected), Scoring.Earned(indicator, IndicatorValueParser.Parse(value).Value), 20);
    }

    [Theory]
    [InlineData(10, 5, "0", "10")]
    [InlineData(10, 5, "5", "10")]
    [InlineData(10, 5, "10", "5")]
    [InlineData(10, 5, "20", "2.5")]
    [InlineData(10, 5, "100", "0.5")]
    [InlineData(10, 100, "100", "10")]
    public void Earned_when_lower_is_better_is_full_up_to_the_target_then_inversely_proportional(
        int points, int target, string value, string expected)
    {
        var indicator = Indicator(points, target, higherIsBetter: false);

        Assert.Equal(Parse(expected), Scoring.Earned(indicator, IndicatorValueParser.Parse(value).Value));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Earned_for_a_missing_value_is_zero(bool higherIsBetter)
    {
        Assert.Equal(0m, Scoring.Earned(Indicator(10, 50, higherIsBetter), null));
    }

    [Theory]
    [InlineData("DISCLOSE=100 ONTIME=500/500 ONLINE=50 EPAY=80 FEEDBACK=10/10 SATISFACTION=90 ERESULT=80 DIGITIZE=80", "100", Band.Excellent)]
    [InlineData("DISCLOSE=100 ONTIME=100 ONLINE=100 EPAY=100 FEEDBACK=100 SATISFACTION=100 ERESULT=100 DIGITIZE=100", "100", Band.Excellent)]
    [InlineData("DISCLOSE=98 ONTIME=490/500 ONLINE=62,5 EPAY=40 FEEDBACK=9/10 SATISFACTION=85,5 ERESULT=72 DIGITIZE=64", "89.74", Band.Good)]
    [InlineData("DISCLOSE=100 ONTIME=390/500 ONLINE=45 EPAY=72 FEEDBACK=100 SATISFACTION=81 ERESULT=72 DIGITIZE=72", "90", Band.Excellent)]
    [InlineData("DISCLOSE=0 ONTIME=0/1 ONLINE=0 EPAY=0 FEEDBACK=0 SATISFACTION=0 ERESULT=0 DIGITIZE=0", "0", Band.Weak)]
    [InlineData("ONTIME=490/500 DISCLOSE=100", "37.6", Band.Weak)]
    [InlineData("", "0", Band.Weak)]
    public void Score_sums_the_points_earned_exactly(string report, string score, Band band)
    {
        var card = Scoring.Score(IndicatorCatalog.Default, "SNV", Reports.Of(report));

        Assert.Equal("SNV", card.UnitCode);
        Assert.Equal(Parse(score), card.Score);
        Assert.Equal(band, card.Band);
    }

    [Fact]
    public void Score_keeps_every_decimal()
    {
        var card = Scoring.Score(IndicatorCatalog.Default, "SNV", Reports.Of("DISCLOSE=98,765"));

        Assert.Equal(17.7777m, card.Score);
    }

    [Fact]
    public void Score_lists_a_line_per_indicator_and_flags_the_missing()
    {
        var card = Scoring.Score(IndicatorCatalog.Default, "SNV", Reports.Of("ONTIME=490/500 ONLINE=25"));

        Assert.Equal(IndicatorCatalog.Default.Items.Select(i => i.Code), card.Lines.Select(l => l.Code));
        Assert.Equal(["DISCLOSE", "EPAY", "FEEDBACK", "SATISFACTION", "ERESULT", "DIGITIZE"], card.Missing);
        Assert.False(card.IsComplete);
        Assert.True(card.HasReported);

        var ontime = card.Lines[1];
        Assert.Equal((IndicatorValue.Ratio(490, 500), 20m, 19.6m, 0.4m), (ontime.Value, ontime.Points, ontime.Earned, ontime.Lost));
        var disclose = card.Lines[0];
        Assert.Equal((null, 18m, 0m, 18m), (disclose.Value, disclose.Points, disclose.Earned, disclose.Lost));
    }

    [Fact]
    public void Score_of_a_full_report_is_complete()
    {
        var card = Scoring.Score(IndicatorCatalog.Default, "SNV", Reports.Of(
            "DISCLOSE=1 ONTIME=1/2 ONLINE=1 EPAY=1 FEEDBACK=1 SATISFACTION=1 ERESULT=1 DIGITIZE=1"));

        Assert.True(card.IsComplete);
        Assert.Empty(card.Missing);
    }

    [Fact]
    public void Score_ignores_codes_outside_the_catalogue_and_tolerates_no_report()
    {
        var values = new Dictionary<string, IndicatorValue> { ["RETIRED"] = IndicatorValue.Percent(100) };

        var withUnknown = Scoring.Score(IndicatorCatalog.Default, "SNV", values);
        var withNothing = Scoring.Score(IndicatorCatalog.Default, "SNV", null);

        Assert.Equal((0m, false), (withUnknown.Score, withUnknown.HasReported));
        Assert.Equal((0m, false, Band.Weak), (withNothing.Score, withNothing.HasReported, withNothing.Band));
    }

    [Theory]
    [InlineData("DISCLOSE=100 ONTIME=500/500 ONLINE=50 EPAY=80 FEEDBACK=10/10 SATISFACTION=90 ERESULT=80 DIGITIZE=80", 3, "")]
    [InlineData("DISCLOSE=50 ONTIME=250/500 ONLINE=25 EPAY=40 FEEDBACK=10/10 SATISFACTION=90 ERESULT=80 DIGITIZE=80", 3, "ONTIME DISCLOSE ONLINE")]
    [InlineData("DISCLOSE=50 ONTIME=250/500 ONLINE=25 EPAY=40 FEEDBACK=10/10 SATISFACTION=90 ERESULT=80 DIGITIZE=80", 5, "ONTIME DISCLOSE ONLINE EPAY")]
    [InlineData("DISCLOSE=100 ONTIME=500/500 ONLINE=50 EPAY=80 FEEDBACK=10/10 SATISFACTION=90 ERESULT=40 DIGITIZE=40", 3, "ERESULT DIGITIZE")]
    [InlineData("ONTIME=500/500", 3, "DISCLOSE ONLINE SATISFACTION")]
    [InlineData("ONTIME=400/500", 1, "DISCLOSE")]
    public void Weakest_are_the_indicators_losing_most_points(string report, int count, string expected)
    {
        var card = Scoring.Score(IndicatorCatalog.Default, "SNV", Reports.Of(report));

        Assert.Equal(expected, string.Join(" ", card.Weakest(count).Select(l => l.Code)));
    }

    private static IndicatorDefinition Indicator(int points, int target, bool higherIsBetter) => new()
    {
        Code = "TEST", NameVi = "Thử", NameEn = "Test", Area = "Chung", AreaEn = "General",
        Points = points, Target = target, HigherIsBetter = higherIsBetter,
    };

    private static decimal Parse(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);
}
