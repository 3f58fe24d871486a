namespace Par.Core.Indicators;

public sealed record AssignmentParseResult(IReadOnlyList<Assignment> Assignments, IReadOnlyList<AssignmentError> Errors)
{
    public bool IsSuccess => Errors.Count == 0;
}
