namespace Par.Core.Units;

public sealed record RejectedRow(int RowNumber, UnitProblem Problem, string Value);
