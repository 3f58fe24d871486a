namespace Par.Core.Units;

/// <summary>
/// One reason a merger was refused; <paramref name="Value"/> is what the admin wrote that is at fault
/// (a unit code, or the new unit's name or group when <paramref name="UnitProblem"/> says so).
/// </summary>
public sealed record UnitMergeProblem(UnitMergeProblemKind Kind, string Value = "", UnitProblem? UnitProblem = null);
