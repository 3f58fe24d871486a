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
    /// <summary>The unit's <c>departmentCode</c> on the national portal (<c>H44.07</c>), which links it to the portal's figures.</summary>
    public string? PortalCode { get; init; }
    /// <summary>The portal's <c>departmentId</c>, learned from the responses that carry both; two responses name units by it alone.</summary>
    public string? PortalId { get; init; }
}
