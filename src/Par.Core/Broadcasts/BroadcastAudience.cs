namespace Par.Core.Broadcasts;

/// <summary>Who an announcement is for: which units, and their heads only or every member.</summary>
public sealed record BroadcastAudience
{
    public AudienceScope Scope { get; init; }
    /// <summary>The group, when <see cref="Scope"/> is <see cref="AudienceScope.Group"/>.</summary>
    public string? Group { get; init; }
    /// <summary>Unit codes, when <see cref="Scope"/> is <see cref="AudienceScope.Units"/>.</summary>
    public IReadOnlyList<string> Units { get; init; } = [];
    public bool HeadsOnly { get; init; }
}
