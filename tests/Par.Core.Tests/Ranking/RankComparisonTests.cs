using Par.Core.Indicators;
using Par.Core.Ranking;

namespace Par.Core.Tests.Ranking;

public sealed class RankComparisonTests
{
    [Theory]
    [InlineData("A:90 B:80 C:70", "A:70 B:80 C:90", "C", 2, "20")]
    [InlineData("A:90 B:80 C:70", "A:70 B:80 C:90", "A", -2, "-20")]
    [InlineData("A:90 B:80 C:70", "A:70 B:80 C:90", "B", 0, "0")]
    [InlineData("A:90 B:80 C:80 D:70", "A:90 B:80 C:85 D:70", "C", 0, "5")]
    [InlineData("A:90 B:80 C:80 D:70", "A:90 B:80 C:79.5 D:70", "C", -1, "-0.5")]
    [InlineData("A:90", "A:90 N:95", "N", null, null)]
    [InlineData("A:90 N:-", "A:90 N:95", "N", null, null)]
    [InlineData("A:90 N:80", "A:90 N:-", "N", null, null)]
    public void Change_since_the_previous_period_is_positive_when_the_unit_climbed(
        string previous, string current, string unit, int? placeChange, string? pointsChange)
    {
        var comparison = RankComparison.Of(GroupTable.Rank(current), GroupTable.Rank(previous), unit)!;

        Assert.Equal(placeChange, comparison.PlaceChange);
        Assert.Equal(pointsChange is null ? null : decimal.Parse(pointsChange, System.Globalization.CultureInfo.InvariantCulture), comparison.PointsChange);
    }

    [Fact]
    public void Change_is_unknown_without_a_previous_ranking()
    {
        var comparison = RankComparison.Of(GroupTable.Rank("A:90 B:80"), null, "B")!;

        Assert.Equal((2, 2, 85m), (comparison.Current.Place, comparison.GroupSize, comparison.GroupAverage));
        Assert.Null(comparison.Previous);
        Assert.Null(comparison.PlaceChange);
        Assert.Null(comparison.PointsChange);
    }

    [Fact]
    public void Of_a_unit_outside_the_ranking_is_null()
    {
        Assert.Null(RankComparison.Of(GroupTable.Rank("A:90"), GroupTable.Rank("B:90"), "B"));
    }

    [Theory]
    [InlineData("DISCLOSE=50 ONTIME=250/500 ONLINE=25 EPAY=40 FEEDBACK=10/10 SATISFACTION=90 ERESULT=80 DIGITIZE=80", null, "ONTIME:10 DISCLOSE:9 ONLINE:6")]
    [InlineData("DISCLOSE=50 ONTIME=250/500 ONLINE=25 EPAY=40 FEEDBACK=10/10 SATISFACTION=90 ERESULT=80 DIGITIZE=80", 1, "ONTIME:10")]
    [InlineData("DISCLOSE=100 ONTIME=500/500 ONLINE=50 EPAY=80 FEEDBACK=10/10 SATISFACTION=90 ERESULT=80 DIGITIZE=76", null, "DIGITIZE:0.55")]
    [InlineData("DISCLOSE=100 ONTIME=500/500 ONLINE=50 EPAY=80 FEEDBACK=10/10 SATISFACTION=90 ERESULT=80 DIGITIZE=80", null, "")]
    public void Weakest_are_the_top_indicators_by_lost_points(string report, int? count, string expected)
    {
        var reports = new Dictionary<string, IReadOnlyDictionary<string, IndicatorValue>> { ["SNV"] = Reports.Of(report) };
        var ranking = Ranker.Rank(IndicatorCatalog.Default, ["SNV"], reports);

        var comparison = count is null
            ? RankComparison.Of(ranking, null, "SNV")!
            : RankComparison.Of(ranking, null, "SNV", count.Value)!;

        Assert.Equal(expected, string.Join(" ", comparison.Weakest.Select(l => $"{l.Code}:{l.Lost:0.##}")));
    }
}
