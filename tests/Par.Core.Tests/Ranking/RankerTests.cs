using Par.Core.Indicators;
using Par.Core.Periods;
using Par.Core.Ranking;

namespace Par.Core.Tests.Ranking;

public sealed class RankerTests
{
    [Theory]
    [InlineData("A:90 B:80 C:80 D:70", "A:1 B:2 C:2 D:4")]
    [InlineData("A:80 B:80 C:80", "A:1 B:1 C:1")]
    [InlineData("A:90 B:90 C:70 D:70 E:10", "A:1 B:1 C:3 D:3 E:5")]
    [InlineData("A:100 B:90 C:90 D:90 E:80", "A:1 B:2 C:2 D:2 E:5")]
    public void Rank_ties_share_a_place(string table, string expected)
    {
        Assert.Equal(expected, GroupTable.Places(GroupTable.Rank(table)));
    }

    [Theory]
    [InlineData("D:50 C:60 B:70 A:80", "A:1 B:2 C:3 D:4")]
    [InlineData("B:80 A:80", "A:1 B:1")]
    [InlineData("A:80.01 B:80.001", "A:1 B:2")]
    [InlineData("X:1", "X:1")]
    [InlineData("", "")]
    public void Rank_orders_by_published_score_then_unit_code(string table, string expected)
    {
        Assert.Equal(expected, GroupTable.Places(GroupTable.Rank(table)));
    }

    [Theory]
    [InlineData("A:80 B:80.001", "A:1 B:1")]
    [InlineData("B:80.004 A:79.995", "A:1 B:1")]
    [InlineData("A:0 B:0.0001", "A:1 B:1")]
    [InlineData("A:80.005 B:80.0049", "A:1 B:2")]
    [InlineData("C:70.125 A:70.1249 B:70.115", "C:1 A:2 B:2")]
    public void Units_tie_when_their_published_scores_are_equal(string table, string expected)
    {
        Assert.Equal(expected, GroupTable.Places(GroupTable.Rank(table)));
    }

    [Theory]
    [InlineData("A:- B:70 C:-", "B:1 A:- C:-")]
    [InlineData("Z:- A:0 B:-", "A:1 B:- Z:-")]
    [InlineData("C:- B:- A:-", "A:- B:- C:-")]
    [InlineData("A:- B:50 C:60 D:60", "C:1 D:1 B:3 A:-")]
    public void Rank_lists_units_that_did_not_report_last_without_a_place(string table, string expected)
    {
        var ranking = GroupTable.Rank(table);

        Assert.Equal(expected, GroupTable.Places(ranking));
        Assert.All(ranking.Entries, e => Assert.Equal(e.Place is not null, e.Reported));
    }

    [Theory]
    [InlineData("A:90 B:80 C:-", 3, 2)]
    [InlineData("A:- B:-", 2, 0)]
    [InlineData("A:1 B:2 C:3", 3, 3)]
    public void Rank_counts_the_units_that_reported_apart_from_the_group(string table, int size, int reporters)
    {
        var ranking = GroupTable.Rank(table);

        Assert.Equal((size, reporters), (ranking.GroupSize, ranking.Reporters));
    }

    [Fact]
    public void Rank_notes_which_units_figures_came_from_months()
    {
        var reports = new Dictionary<string, IReadOnlyDictionary<string, IndicatorValue>>
        {
            ["SNV"] = Reports.Of("DISCLOSE=100"), ["STP"] = Reports.Of("DISCLOSE=50"),
        };
        var months = new Dictionary<string, IReadOnlyList<Period>> { ["STP"] = [Period.ForMonth(2025, 1), Period.ForMonth(2025, 3)] };

        var ranking = Ranker.Rank(IndicatorCatalog.Default, ["SNV", "STP", "SYT"], reports, months);

        Assert.Equal(
            ["SNV:", "STP:2025-01 2025-03", "SYT:"],
            ranking.Entries.Select(e => $"{e.UnitCode}:{string.Join(' ', e.FromMonths)}"));
        Assert.Equal([false, true, false], ranking.Entries.Select(e => e.IsFromMonths));
    }

    [Theory]
    [InlineData("A:90 B:80 C:-", 3, "85")]
    [InlineData("A:100 B:50 C:0", 3, "50")]
    [InlineData("A:100 B:0 C:0", 3, "33.333333333333333333333333333")]
    [InlineData("A:- B:-", 2, null)]
    [InlineData("", 0, null)]
    public void Rank_sizes_the_group_by_all_units_and_averages_the_reporting_ones(
        string table, int size, string? average)
    {
        var ranking = GroupTable.Rank(table);

        Assert.Equal(size, ranking.GroupSize);
        Assert.Equal(average is null ? null : decimal.Parse(average, System.Globalization.CultureInfo.InvariantCulture), ranking.Average);
    }

    [Fact]
    public void Rank_ignores_reports_of_units_outside_the_group_and_reports_with_no_catalogue_code()
    {
        var reports = new Dictionary<string, IReadOnlyDictionary<string, IndicatorValue>>
        {
            ["SNV"] = Reports.Of("DISCLOSE=100"),
            ["STP"] = new Dictionary<string, IndicatorValue> { ["RETIRED"] = IndicatorValue.Percent(100) },
            ["OTHER"] = Reports.Of("DISCLOSE=100 ONTIME=1/1"),
        };

        var ranking = Ranker.Rank(IndicatorCatalog.Default, ["SNV", "STP"], reports);

        Assert.Equal("SNV:1 STP:-", GroupTable.Places(ranking));
        Assert.Equal(18m, ranking.Average);
        Assert.Null(ranking.Find("OTHER"));
    }

    [Fact]
    public void Rank_scores_each_unit_with_the_catalogue()
    {
        var reports = new Dictionary<string, IReadOnlyDictionary<string, IndicatorValue>>
        {
            ["SNV"] = Reports.Of("DISCLOSE=98 ONTIME=490/500 ONLINE=62,5 EPAY=40 FEEDBACK=9/10 SATISFACTION=85,5 ERESULT=72 DIGITIZE=64"),
        };

        var entry = Ranker.Rank(IndicatorCatalog.Default, ["SNV"], reports).Find("SNV")!;

        Assert.Equal((89.74m, Band.Good, 1), (entry.Score, entry.Band, entry.Place));
        Assert.True(entry.Card.IsComplete);
    }

    [Fact]
    public void Rank_refuses_a_unit_listed_twice()
    {
        Assert.Throws<ArgumentException>(() => GroupTable.Rank("A:90 A:80"));
    }
}
