using Par.Core.Indicators;
using Par.Core.Periods;
using Par.Core.Ranking;
using Par.Core.Units;

namespace Par.Core.Tests.Ranking;

public sealed class GroupFiguresTests
{
    private static readonly Unit Snv = new() { Code = "SNV", Name = "Sở Nội vụ", Group = "department" };
    private static readonly Unit Stp = new() { Code = "STP", Name = "Sở Tư pháp", Group = "department" };
    private static readonly Dictionary<string, Unit> ByCode = new() { ["SNV"] = Snv, ["STP"] = Stp };

    [Fact]
    public void Of_ranks_on_the_stores_values_as_they_are_when_no_merged_unit_lacks_a_report()
    {
        var reports = new Dictionary<string, IReadOnlyDictionary<string, IndicatorValue>> { ["SNV"] = Reports.Of("DISCLOSE=100") };

        var figures = GroupFigures.Of([Snv, Stp], ByCode, reports);

        Assert.Same(reports, figures.Values);
        Assert.Empty(figures.FromMonths);
        Assert.True(figures.LacksAny([Snv, Stp]));
        Assert.False(figures.LacksAny([Snv]));
    }

    [Fact]
    public void WithMonths_fills_in_only_the_units_without_figures_from_the_months_they_have()
    {
        var quarter = new Dictionary<string, IReadOnlyDictionary<string, IndicatorValue>> { ["SNV"] = Reports.Of("ONLINE=10") };
        var january = new Dictionary<string, IReadOnlyDictionary<string, IndicatorValue>>
        {
            ["SNV"] = Reports.Of("ONLINE=90"), ["STP"] = Reports.Of("ONLINE=40 ONTIME=1/4"),
        };
        var march = new Dictionary<string, IReadOnlyDictionary<string, IndicatorValue>> { ["STP"] = Reports.Of("ONLINE=60 ONTIME=3/4") };
        var none = new Dictionary<string, IReadOnlyDictionary<string, IndicatorValue>>();

        var figures = GroupFigures.Of([Snv, Stp], ByCode, quarter).WithMonths(
            [Snv, Stp], ByCode, [(Period.ForMonth(2025, 1), january), (Period.ForMonth(2025, 2), none), (Period.ForMonth(2025, 3), march)]);

        Assert.Equal(IndicatorValue.Percent(10), figures.Values["SNV"]["ONLINE"]);
        Assert.Equal(IndicatorValue.Percent(50), figures.Values["STP"]["ONLINE"]);
        Assert.Equal(IndicatorValue.Ratio(4, 8), figures.Values["STP"]["ONTIME"]);
        Assert.Equal(["STP"], figures.FromMonths.Keys);
        Assert.Equal(["2025-01", "2025-03"], figures.FromMonths["STP"].Select(m => m.ToString()));
    }
}
