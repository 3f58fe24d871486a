using System.Globalization;
using Par.Core.Reports;
using Par.Core.Tests.Reports;
using static Par.Core.Tests.Reports.RankingWorld;

namespace Par.Core.Tests.Ranking;

public sealed class RankingServiceTests : IDisposable
{
    private readonly RankingWorld _world = new RankingWorld().WithUnits("SNV:department STP:department SYT:department XA-A:commune");

    public void Dispose() => _world.Dispose();

    [Theory]
    [InlineData("ONTIME=490/500", "19.60")]
    [InlineData("ONTIME=490/500 DISCLOSE=100", "37.60")]
    [InlineData("ONLINE=62,5%", "12.00")]
    [InlineData("ONLINE=25", "6.00")]
    [InlineData("EPAY=40 SATISFACTION=45", "11.00")]
    [InlineData("DISCLOSE=100 ONTIME=1/1 ONLINE=50 EPAY=80 FEEDBACK=3/3 SATISFACTION=90 ERESULT=80 DIGITIZE=80", "100.00")]
    public void Rank_scores_what_the_store_holds(string line, string score)
    {
        _world.Reported("SNV", "2025-04", line);

        var entry = _world.Ranking.Rank("department", P("2025-04")).Find("SNV")!;

        Assert.Equal(score, entry.Score.ToString("F2", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Rank_covers_the_groups_active_units_only()
    {
        _world.Reported("SNV", "2025-04", "DISCLOSE=100").Reported("STP", "2025-04", "DISCLOSE=50").Reported("XA-A", "2025-04", "DISCLOSE=100");
        _world.UnitService.Archive("STP");

        var ranking = _world.Ranking.Rank("department", P("2025-04"));

        Assert.Equal("SNV:1 SYT:-", GroupTable.Places(ranking));
        Assert.Equal(18m, ranking.Average);
    }

    [Fact]
    public void Standing_compares_with_the_previous_period_of_the_same_kind()
    {
        _world.Reported("SNV", "2025-03", "DISCLOSE=50").Reported("STP", "2025-03", "DISCLOSE=100")
            .Reported("SNV", "2025-04", "DISCLOSE=100 ONTIME=490/500").Reported("STP", "2025-04", "DISCLOSE=100")
            .Reported("SNV", "2025-Q1", "DISCLOSE=10");
        _world.References.Record(P("2025-Q2"), "ERESULT=70,81", Admin.UserId);

        var standing = _world.Ranking.Standing("snv", P("2025-04"))!;

        Assert.Equal("2025-03", standing.PreviousPeriod.ToString());
        Assert.Equal((1, 1, 3), (standing.Comparison.Current.Place!.Value, standing.Comparison.PlaceChange!.Value, standing.Comparison.GroupSize));
        Assert.Equal(28.6m, standing.Comparison.PointsChange);
        Assert.Equal(37.6m / 2 + 9, standing.Comparison.GroupAverage);
        Assert.Equal(["ONLINE", "SATISFACTION", "ERESULT"], standing.Comparison.Weakest.Select(l => l.Code));
        Assert.Equal(70.81m, standing.References["ERESULT"]);
    }

    [Fact]
    public void A_merged_units_previous_figures_are_its_predecessors_combined()
    {
        _world.WithUnits("XA-B:commune XA-C:commune XA-D:commune");
        _world.Reported("XA-A", "2025-03", "ONTIME=100/200 DISCLOSE=100").Reported("XA-B", "2025-03", "ONTIME=300/300 DISCLOSE=50")
            .Reported("XA-C", "2025-03", "DISCLOSE=100 ONTIME=18/20").Reported("XA-D", "2025-03", "DISCLOSE=50");
        Assert.True(_world.Merges.Merge("XA-N", "Xã Tân Hòa", "commune", ["XA-A", "XA-B"]).IsApplied);
        _world.Reported("XA-N", "2025-04", "ONTIME=500/500 DISCLOSE=100").Reported("XA-C", "2025-04", "DISCLOSE=100").Reported("XA-D", "2025-04", "DISCLOSE=50");

        var standing = _world.Ranking.Standing("XA-N", P("2025-04"))!;
        var previous = _world.Ranking.Rank("commune", P("2025-03"));

        // March as if merged: ONTIME 400/500 (80 % → 16 points) and DISCLOSE averaged to 75 % (13.5 points).
        Assert.Equal(29.5m, previous.Find("XA-N")!.Score);
        Assert.Equal("XA-C:1 XA-N:2 XA-D:3", GroupTable.Places(previous));
        Assert.Equal((1, 1, 8.5m), (standing.Comparison.Current.Place!.Value, standing.Comparison.PlaceChange!.Value, standing.Comparison.PointsChange!.Value));
        Assert.Null(previous.Find("XA-A"));
    }

    [Fact]
    public void A_merger_of_mergers_reaches_back_through_both()
    {
        _world.WithUnits("XA-B:commune XA-C:commune");
        _world.Reported("XA-A", "2025-03", "ONTIME=1/2").Reported("XA-B", "2025-03", "ONTIME=1/2").Reported("XA-C", "2025-03", "ONTIME=2/2");
        _world.Merges.Merge("XA-AB", "Xã AB", "commune", ["XA-A", "XA-B"]);
        _world.Merges.Merge("XA-ABC", "Xã ABC", "commune", ["XA-AB", "XA-C"]);

        var march = _world.Ranking.Rank("commune", P("2025-03"));

        // XA-AB: 1/2 + 1/2 = 2/4; XA-ABC: 2/4 + 2/2 = 4/6 of ONTIME's 20 points.
        Assert.Equal(20m * 4 / 6, march.Find("XA-ABC")!.Score);
    }

    [Fact]
    public void A_quarter_without_its_own_report_is_ranked_on_its_months()
    {
        _world.Reported("SNV", "2025-01", "ONTIME=90/100 DISCLOSE=100").Reported("SNV", "2025-02", "ONTIME=100/100 DISCLOSE=50")
            .Reported("SNV", "2025-03", "ONTIME=80/100");

        var entry = _world.Ranking.Rank("department", P("2025-Q1")).Find("SNV")!;

        // ONTIME 270/300 = 90 % → 18 points; DISCLOSE (100 + 50) / 2 = 75 % → 13.5 points.
        Assert.Equal(31.5m, entry.Score);
        Assert.Equal("270/300", ValueText.Format(entry.Card.Lines.Single(l => l.Code == "ONTIME").Value!));
        Assert.Equal(["2025-01", "2025-02", "2025-03"], entry.FromMonths.Select(m => m.ToString()));
    }

    [Fact]
    public void A_report_for_the_quarter_itself_wins_over_its_months()
    {
        _world.Reported("SNV", "2025-01", "DISCLOSE=10").Reported("SNV", "2025-Q1", "DISCLOSE=100")
            .Reported("STP", "2025-02", "DISCLOSE=50");

        var ranking = _world.Ranking.Rank("department", P("2025-Q1"));

        Assert.Equal((18m, false), (ranking.Find("SNV")!.Score, ranking.Find("SNV")!.IsFromMonths));
        Assert.Equal((9m, "2025-02"), (ranking.Find("STP")!.Score, string.Join(' ', ranking.Find("STP")!.FromMonths)));
        Assert.Equal("SNV:1 STP:2 SYT:-", GroupTable.Places(ranking));
    }

    [Fact]
    public void A_year_is_ranked_on_its_months_and_a_month_never_on_anything_else()
    {
        _world.Reported("SNV", "2025-03", "DISCLOSE=100").Reported("SNV", "2025-Q1", "DISCLOSE=20").Reported("SNV", "2025-05", "DISCLOSE=50");

        var year = _world.Ranking.Rank("department", P("2025")).Find("SNV")!;
        var april = _world.Ranking.Rank("department", P("2025-04")).Find("SNV")!;

        Assert.Equal((13.5m, "2025-03 2025-05"), (year.Score, string.Join(' ', year.FromMonths)));
        Assert.False(april.Reported);
    }

    [Fact]
    public void A_merged_units_quarter_comes_from_its_predecessors_months()
    {
        _world.WithUnits("XA-B:commune");
        _world.Reported("XA-A", "2025-01", "ONTIME=1/2").Reported("XA-B", "2025-02", "ONTIME=2/2");
        _world.Merges.Merge("XA-N", "Xã Tân Hòa", "commune", ["XA-A", "XA-B"]);

        var entry = _world.Ranking.Rank("commune", P("2025-Q1")).Find("XA-N")!;

        // January: XA-A's 1/2; February: XA-B's 2/2; together 3/4 of ONTIME's 20 points.
        Assert.Equal((15m, "2025-01 2025-02"), (entry.Score, string.Join(' ', entry.FromMonths)));
    }

    [Fact]
    public void Standing_counts_the_place_among_the_units_that_reported()
    {
        _world.Reported("SNV", "2025-04", "DISCLOSE=50").Reported("STP", "2025-04", "DISCLOSE=100");

        var comparison = _world.Ranking.Standing("SNV", P("2025-04"))!.Comparison;

        Assert.Equal((2, 2, 3), (comparison.Current.Place!.Value, comparison.Reporters, comparison.GroupSize));
        Assert.Null(comparison.PlaceChange);
    }

    [Theory]
    [InlineData("", "2025-04")]
    [InlineData("2025-03 2025-Q1", "2025-03")]
    [InlineData("2025-02 2025-Q1", "2025-Q1")]
    [InlineData("2024 2025-01", "2025-01")]
    [InlineData("2025-01 2025-04 2025-02", "2025-04")]
    public void DefaultPeriod_is_the_latest_reported_else_the_last_closed_month(string reported, string expected)
    {
        _world.Reported("XA-A", "2025-02", "DISCLOSE=1");
        foreach (var period in reported.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            _world.Reported("SNV", period, "DISCLOSE=90");
        }

        Assert.Equal(expected, _world.Ranking.DefaultPeriod("SNV", Today).ToString());
    }

    [Fact]
    public void Table_lists_every_active_unit_group_by_group_with_changes()
    {
        _world.Reported("SNV", "2025-03", "DISCLOSE=100").Reported("STP", "2025-03", "DISCLOSE=50")
            .Reported("SNV", "2025-04", "DISCLOSE=50").Reported("STP", "2025-04", "DISCLOSE=100 ONTIME=1/2");

        var table = _world.Ranking.Table(P("2025-04"));

        Assert.Equal(
            ["STP 1 +1 +19.0", "SNV 2 -1 -9.0", "SYT - ", "XA-A - "],
            table.Rows.Select(r => $"{r.Unit.Code} {r.Entry.Place?.ToString(CultureInfo.InvariantCulture) ?? "-"} {r.PlaceChange:+0;-0} {r.PointsChange:+0.0;-0.0}".TrimEnd(' ') + (r.PlaceChange is null ? " " : "")));
    }
}
