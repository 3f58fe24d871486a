using Microsoft.Extensions.Options;
using Par.Core.Indicators;
using Par.Core.Periods;
using Par.Core.Portal;
using Par.Core.References;
using Par.Core.Reports;
using Par.Core.Units;

namespace Par.Core.Ranking;

/// <summary>
/// Ranks groups from the store: one read of the period's values, the group's active units, and
/// <see cref="Ranker.Rank"/>. Archived units are not ranked; a unit formed by a merger is ranked on its
/// predecessors' combined figures for periods it has no report of its own, and a unit with no report for a quarter
/// or year on its months' combined (see <see cref="GroupFigures"/>). The portal's imported figures count over typed ones.
/// </summary>
public sealed class RankingService(
    IReportStore reports, IUnitStore units, ReferenceService references, IndicatorCatalog catalog, IOptions<UnitGroupOptions> groups,
    IPortalScoreStore portal)
{
    public IndicatorCatalog Catalog => catalog;

    public GroupRanking Rank(string group, Period period) => Rank(group, period, Units());

    /// <summary>The unit's place, score and change since the previous period; null when there is no such unit.</summary>
    public UnitStanding? Standing(string unitCode, Period period)
    {
        var all = Units();
        if (!all.ByCode.TryGetValue(unitCode.Trim(), out var unit))
        {
            return null;
        }

        var previousPeriod = period.Previous();
        var current = Rank(unit.Group, period, all);
        var previous = Rank(unit.Group, previousPeriod, all);
        var comparison = RankComparison.Of(current, previous, unit.Code)
            ?? new RankComparison(
                new RankEntry(Scoring.Score(catalog, unit.Code, null), null, []), null, current.Reporters, current.GroupSize, current.Average, []);
        return new UnitStanding(unit, period, previousPeriod, comparison, references.For(period))
        {
            Groups = comparison.Current.Card.Groups(catalog),
        };
    }

    /// <summary>The full table of the period for every group, in configured group order.</summary>
    public PeriodTable Table(Period period)
    {
        var all = Units();
        var previousPeriod = period.Previous();
        var rows = new List<PeriodTableRow>();
        foreach (var group in GroupsOf(all.Active))
        {
            var current = Rank(group, period, all);
            var previous = Rank(group, previousPeriod, all);
            foreach (var entry in current.Entries)
            {
                var comparison = RankComparison.Of(current, previous, entry.UnitCode, weakestCount: 0)!;
                rows.Add(new PeriodTableRow(
                    all.ByCode[entry.UnitCode], entry, current.Reporters, current.GroupSize, comparison.PlaceChange, comparison.PointsChange));
            }
        }

        return new PeriodTable(period, previousPeriod, rows);
    }

    /// <summary>The latest period the unit reported (a month before the quarter or year ending with it), else the last closed month.</summary>
    public Period DefaultPeriod(string unitCode, DateOnly today) =>
        Latest(reports.PeriodsOf(unitCode).Concat(portal.Periods().Where(period => portal.ScoresOf(period).ContainsKey(unitCode))))
        ?? Period.LastClosedMonth(today);

    /// <summary>The latest period anyone reported or the portal's figures were imported for, else the last closed month.</summary>
    public Period DefaultPeriod(DateOnly today) => Latest(reports.Periods().Concat(portal.Periods())) ?? Period.LastClosedMonth(today);

    private static Period? Latest(IEnumerable<Period> periods) =>
        periods.OrderByDescending(period => period.End).ThenBy(period => period.Kind).FirstOrDefault();

    private GroupRanking Rank(string group, Period period, UnitIndex all)
    {
        var members = all.Active.Where(unit => string.Equals(unit.Group, group, StringComparison.OrdinalIgnoreCase)).ToList();
        var figures = GroupFigures.Of(members, all.ByCode, reports.ValuesOf(period));
        if (period.Kind != PeriodKind.Month && figures.LacksAny(members))
        {
            figures = figures.WithMonths(members, all.ByCode, [.. period.Months().Select(month => (month, reports.ValuesOf(month)))]);
        }

        return Ranker.Rank(catalog, [.. members.Select(unit => unit.Code)], figures.Values, figures.FromMonths, portal.ScoresOf(period));
    }

    private IEnumerable<string> GroupsOf(IReadOnlyList<Unit> active)
    {
        var present = active.Select(unit => unit.Group).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var codes = groups.Value.Items.Select(group => group.Code).ToList();
        var configured = codes.Where(group => present.Contains(group, StringComparer.OrdinalIgnoreCase));
        return configured.Concat(present.Where(group => !codes.Contains(group, StringComparer.OrdinalIgnoreCase)));
    }

    private UnitIndex Units()
    {
        var all = units.List(includeArchived: true);
        return new UnitIndex(
            [.. all.Where(unit => !unit.Archived)],
            all.ToDictionary(unit => unit.Code, StringComparer.OrdinalIgnoreCase));
    }

    private sealed record UnitIndex(IReadOnlyList<Unit> Active, IReadOnlyDictionary<string, Unit> ByCode);
}
