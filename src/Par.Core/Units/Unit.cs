namespace Par.Core.Units;

/// <summary>A department, district or commune ranked within its group.</summary>
public sealed record Unit
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required string Group { get; init; }
    public bool Archived { get; init; }
    /// <summary>Codes of the units merged into this one, for previous-period figures.</summary>
    public IReadOnlyList<string> Predecessors { get; init; } = [];
}
