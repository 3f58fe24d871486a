using System.Globalization;
using Par.Core.Portal;
using Par.Core.Ranking;
using Par.Core.Tests.Portal;

namespace Par.Core.Tests.Ranking;

public sealed class PointsToWinTests
{
    [Theory]
    // 78,2 % satisfied → 5,21/6; 90 % of 18 220 is 16 398, 2 150 more than 14 248.
    [InlineData("DOSSIER_RECEIVING_SATISFACTION", "14248", "18220", "2150", "90", "0.79")]
    [InlineData("REUSED_DIGITIZED_DATA", "50", "100", "30", "80", "0.75")]
    [InlineData("SETTLED_ON_TIME", "1166", "1627", "461", "100", "5.67")]
    [InlineData("PETITION_PROCESSING_ON_TIME", "5", "8", "3", "100", "2.25")]
    public void A_metric_needs_the_cases_that_reach_its_full_marks_rate(string code, string n, string d, string needed, string rate, string gain)
    {
        var win = PointsToWin.For(Line(code, new MetricCounts { Numerator = D(n), Denominator = D(d) }))!;

        Assert.Equal((D(needed), D(rate), D(gain)), (win.Needed, win.FullRate, win.Gain));
    }

    [Fact]
    public void Online_payment_points_to_its_term_with_the_most_to_win()
    {
        // 6·119/143 = 4.99 (1.01 to win), min(2, 2.5·11/16) = 1.72 (0.28), 2.5·1/16 = 0.16 (2.34): the third term.
        var win = PointsToWin.For(Line("ONLINE_PAYMENT", new MetricCounts { Parts = [new(119, 143), new(11, 16), new(1, 16)] }))!;

        Assert.Equal((15m, 100m, 2.34m, "TTHC có hồ sơ thu phí, lệ phí"), (win.Needed, win.FullRate, win.Gain, win.CountVi));
    }

    [Fact]
    public void Nothing_to_say_for_a_given_score_a_metric_not_scored_or_one_at_full_marks()
    {
        Assert.Null(PointsToWin.For(Line("ONLINE_SERVICES", new MetricCounts { Given = 6.2m })));
        Assert.Null(PointsToWin.For(Line("PUBLISH_ON_TIME", new MetricCounts { Numerator = 0, Denominator = 0 })));
        Assert.Null(PointsToWin.For(Line("REUSED_DIGITIZED_DATA", new MetricCounts { Numerator = 85, Denominator = 100 })));
    }

    private static ScoreLine Line(string code, MetricCounts counts)
    {
        ShippedCatalogs.Portal.TryGet(code, out var metric);
        var score = metric!.Rule == Core.Indicators.IndicatorRule.Given ? counts.Given : MetricScoring.Score(metric, counts);
        var official = new OfficialMetric
        {
            Code = code, Numerator = counts.Numerator, Denominator = counts.Denominator, Parts = counts.Parts, Official = score, Computed = score,
        };
        return Scoring.Score(ShippedCatalogs.Portal, "X", null, new Dictionary<string, OfficialMetric> { [code] = official }).Lines.Single(line => line.Code == code);
    }

    private static decimal D(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);
}
