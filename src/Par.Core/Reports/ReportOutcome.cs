using Par.Core.Units;

namespace Par.Core.Reports;

/// <summary>A report stored (with what changed, possibly nothing) or refused with every problem found; never half of each.</summary>
public sealed record ReportOutcome(Unit? Unit, UnitReport? Report, IReadOnlyList<ReportChange> Changes, IReadOnlyList<ReportProblem> Problems)
{
    public bool IsSaved => Problems.Count == 0;

    public static ReportOutcome Refused(Unit? unit, IReadOnlyList<ReportProblem> problems) => new(unit, null, [], problems);
}
