namespace Par.Core.Units;

/// <summary>One reason a merger was refused; <paramref name="Code"/> is the unit code at fault.</summary>
public sealed record UnitMergeProblem(UnitMergeProblemKind Kind, string Code = "", UnitProblem? UnitProblem = null);
