namespace Par.Core.Units;

/// <summary>The merger (applied, or only planned), or every problem that stops it (then nothing changed).</summary>
public sealed record UnitMergeResult(UnitMerge? Merge, IReadOnlyList<UnitMergeProblem> Problems)
{
    public bool IsApplied => Problems.Count == 0;
}
