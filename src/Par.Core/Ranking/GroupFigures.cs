using Par.Core.Indicators;
using Par.Core.Periods;
using Par.Core.Units;

namespace Par.Core.Ranking;

/// <summary>
/// What a group is ranked on for one period: each unit's figures keyed by unit code (other units' may be there too,
/// <see cref="Ranker.Rank"/> ignores them), and, for the units whose quarter or year figures come from their months,
/// which months those were.
/// </summary>
public sealed record GroupFigures(
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, IndicatorValue>> Values,
    IReadOnlyDictionary<string, IReadOnlyList<Period>> FromMonths)
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<Period>> NoMonths = new Dictionary<string, IReadOnlyList<Period>>();

    /// <summary>Each member's figures as <see cref="ReportFigures.Of"/> finds them: its own report, else its predecessors' combined.</summary>
    /// <param name="reports">Every unit's report for the period, keyed by unit code.</param>
    public static GroupFigures Of(
        IReadOnlyList<Unit> members,
        IReadOnlyDictionary<string, Unit> unitsByCode,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, IndicatorValue>> reports)
    {
        // Nearly always no merged unit lacks a report: rank on the store's dictionary as it is, copying nothing.
        if (!members.Any(unit => unit.Predecessors.Count > 0 && !reports.ContainsKey(unit.Code)))
        {
            return new GroupFigures(reports, NoMonths);
        }

        var values = new Dictionary<string, IReadOnlyDictionary<string, IndicatorValue>>(StringComparer.OrdinalIgnoreCase);
        foreach (var unit in members)
        {
            if (ReportFigures.Of(unit, unitsByCode, reports) is { } found)
            {
                values[unit.Code] = found;
            }
        }

        return new GroupFigures(values, NoMonths);
    }

    /// <summary>True when some member has no figures: only then are its months worth reading.</summary>
    public bool LacksAny(IReadOnlyList<Unit> members) => members.Any(unit => !Values.ContainsKey(unit.Code));

    /// <summary>
    /// Gives each member that has no figures for a quarter or year the <see cref="CombinedFigures.Combine"/> of its
    /// months (each month found as <see cref="Of"/> finds it), noting which months it had. Members with figures keep
    /// them: a report for the period itself wins over its months.
    /// </summary>
    /// <param name="months">Each month of the period with every unit's report for it.</param>
    public GroupFigures WithMonths(
        IReadOnlyList<Unit> members,
        IReadOnlyDictionary<string, Unit> unitsByCode,
        IReadOnlyList<(Period Month, IReadOnlyDictionary<string, IReadOnlyDictionary<string, IndicatorValue>> Reports)> months)
    {
        var values = new Dictionary<string, IReadOnlyDictionary<string, IndicatorValue>>(StringComparer.OrdinalIgnoreCase);
        var fromMonths = new Dictionary<string, IReadOnlyList<Period>>(StringComparer.OrdinalIgnoreCase);
        foreach (var unit in members)
        {
            if (Values.TryGetValue(unit.Code, out var own))
            {
                values[unit.Code] = own;
                continue;
            }

            var parts = new List<IReadOnlyDictionary<string, IndicatorValue>>();
            var used = new List<Period>();
            foreach (var (month, reports) in months)
            {
                if (ReportFigures.Of(unit, unitsByCode, reports) is { } found)
                {
                    parts.Add(found);
                    used.Add(month);
                }
            }

            if (parts.Count > 0)
            {
                values[unit.Code] = CombinedFigures.Combine(parts);
                fromMonths[unit.Code] = used;
            }
        }

        return new GroupFigures(values, fromMonths);
    }
}
