using Par.Core.Reports;

namespace Par.Core.References;

/// <summary>The period's references after recording, or the problems that stopped anything being recorded.</summary>
public sealed record ReferenceOutcome(PeriodReferences? References, IReadOnlyList<ReportProblem> Problems)
{
    public bool IsSaved => Problems.Count == 0;
}
