using Par.Core.Indicators;
using Par.Core.Periods;
using Par.Core.Portal;

namespace Par.Core.Reports;

/// <summary>
/// A metric the portal published for a unit and period has its official figure, and a typed value may not replace
/// it, whichever form it came in (guided, one line, file). Metrics the portal did not publish for the unit, and
/// periods nothing was imported for, are reported as before. The one place that decides it.
/// </summary>
public sealed class OfficialValueRule(IPortalScoreStore portal)
{
    private static readonly IReadOnlyDictionary<string, OfficialFigure> None = new Dictionary<string, OfficialFigure>();

    /// <summary>The unit's metrics with an official figure for the period, by metric code; empty when none was imported.</summary>
    public IReadOnlyDictionary<string, OfficialFigure> Figures(string unitCode, Period period)
    {
        // The merged figures are cached: most units and periods are answered without reading the imports.
        if (!portal.ScoresOf(period).ContainsKey(unitCode))
        {
            return None;
        }

        var figures = new Dictionary<string, OfficialFigure>(StringComparer.OrdinalIgnoreCase);
        foreach (var import in portal.Imports(period))
        {
            foreach (var metric in import.Units.GetValueOrDefault(unitCode) ?? [])
            {
                figures[metric.Code] = new OfficialFigure(metric, period, import.ImportedUtc, import.ImportedBy);
            }
        }

        return figures;
    }

    /// <summary>The portal's figures of the unit for scoring, by metric code; null when none was imported.</summary>
    public IReadOnlyDictionary<string, OfficialMetric>? Metrics(string unitCode, Period period) =>
        portal.ScoresOf(period).GetValueOrDefault(unitCode);

    /// <summary>One <see cref="ReportProblemKind.OfficialValue"/> for each value whose metric has an official figure.</summary>
    /// <remarks>
    /// Which metrics are official comes from the cached merged figures; the imports (for when and how each came) are
    /// read only for a value that is refused, so a file of a thousand rows of self-reported metrics reads none.
    /// </remarks>
    public IReadOnlyList<ReportProblem> Check(string unitCode, Period period, IEnumerable<Assignment> values)
    {
        var metrics = Metrics(unitCode, period);
        var refused = metrics is null ? [] : values.Where(value => metrics.ContainsKey(value.Code)).ToList();
        if (refused.Count == 0)
            return [];
        var figures = Figures(unitCode, period);
        // An import between the two reads may have replaced the unit's figures: what counts is what the imports hold now.
        return [.. refused.Where(value => figures.ContainsKey(value.Code))
            .Select(value => new ReportProblem(ReportProblemKind.OfficialValue, value.Code) { Official = figures[value.Code] })];
    }
}
