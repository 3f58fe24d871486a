using Par.Core.Indicators;
using Par.Core.Units;

namespace Par.Core.Ranking;

/// <summary>A unit's figures for a period: its own report, or, for a unit formed by a merger, its predecessors' combined.</summary>
public static class ReportFigures
{
    /// <summary>Deep enough for any real chain of reorganisations, and a stop if a misconfigured chain loops.</summary>
    private const int MaxMergeDepth = 8;

    /// <summary>
    /// The unit's own values when it reported; otherwise, when it has predecessors, <see cref="CombinedFigures.Combine"/>
    /// of theirs (each found the same way, so a merger of mergers works); null when nobody reported.
    /// </summary>
    public static IReadOnlyDictionary<string, IndicatorValue>? Of(
        Unit unit,
        IReadOnlyDictionary<string, Unit> unitsByCode,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, IndicatorValue>> reports) =>
        Of(unit.Code, unit.Predecessors, unitsByCode, reports, 0);

    private static IReadOnlyDictionary<string, IndicatorValue>? Of(
        string code,
        IReadOnlyList<string> predecessors,
        IReadOnlyDictionary<string, Unit> unitsByCode,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, IndicatorValue>> reports,
        int depth)
    {
        if (reports.TryGetValue(code, out var own))
        {
            return own;
        }

        if (predecessors.Count == 0 || depth >= MaxMergeDepth)
        {
            return null;
        }

        var parts = new List<IReadOnlyDictionary<string, IndicatorValue>>();
        foreach (var predecessor in predecessors)
        {
            var earlier = unitsByCode.TryGetValue(predecessor, out var unit) ? unit.Predecessors : [];
            if (Of(predecessor, earlier, unitsByCode, reports, depth + 1) is { } figures)
            {
                parts.Add(figures);
            }
        }

        return parts.Count == 0 ? null : CombinedFigures.Combine(parts);
    }
}
