namespace Par.Core.Units;

/// <summary>The merger applied, or every problem that stopped it (then nothing changed).</summary>
public sealed record UnitMergeResult(UnitMerge? Merge, IReadOnlyList<UnitMergeProblem> Problems)
{
    public bool IsApplied => Problems.Count == 0;
}
