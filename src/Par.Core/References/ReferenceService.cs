using Par.Core.Indicators;
using Par.Core.Periods;
using Par.Core.Reports;

namespace Par.Core.References;

/// <summary>Records reference values (<c>ERESULT=70.81 DIGITIZE=68.24</c>) and finds the ones that apply to a period.</summary>
public sealed class ReferenceService(IReferenceStore store, IndicatorCatalog catalog, TimeProvider time)
{
    /// <summary>Adds or replaces the given indicators' references; all or nothing.</summary>
    public ReferenceOutcome Record(Period period, string line, long by)
    {
        var parsed = AssignmentParser.Parse(line, catalog);
        var problems = parsed.Errors.Select(ReportProblem.From).ToList();
        if (parsed.Assignments.Count == 0 && problems.Count == 0)
        {
            problems.Add(new ReportProblem(ReportProblemKind.NoValues));
        }

        if (problems.Count > 0)
        {
            return new ReferenceOutcome(null, problems);
        }

        var rates = new Dictionary<string, decimal>(store.Find(period)?.Rates ?? [], StringComparer.OrdinalIgnoreCase);
        foreach (var assignment in parsed.Assignments)
        {
            rates[assignment.Code] = assignment.Value.Rate;
        }

        var references = new PeriodReferences
        {
            Period = period.ToString(), Rates = rates, UpdatedBy = by, UpdatedUtc = time.GetUtcNow().UtcDateTime,
        };
        store.Save(references);
        return new ReferenceOutcome(references, []);
    }

    /// <summary>
    /// The references of the period itself, else of the quarter, else of the year it falls in: the portal
    /// publishes quarterly and yearly figures, and a month is compared with its quarter's.
    /// </summary>
    public IReadOnlyDictionary<string, decimal> For(Period period)
    {
        Period[] candidates = [period, Period.QuarterOf(period.Start), Period.YearOf(period.Start)];
        foreach (var candidate in candidates.Where(c => c.Kind >= period.Kind).Distinct())
        {
            if (store.Find(candidate) is { Rates.Count: > 0 } found)
            {
                return new Dictionary<string, decimal>(found.Rates, StringComparer.OrdinalIgnoreCase);
            }
        }

        return new Dictionary<string, decimal>();
    }
}
