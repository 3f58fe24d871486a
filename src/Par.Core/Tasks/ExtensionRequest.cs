namespace Par.Core.Tasks;

/// <summary>
/// The lead unit asking for more time: the deadline it asked for and why, and an admin's decision — when approved,
/// <see cref="ApprovedDueUtc"/> is the new deadline (the one asked for, or another the admin gave).
/// </summary>
public sealed record ExtensionRequest
{
    public required long AskedBy { get; init; }
    public required DateTime AskedUtc { get; init; }
    public required DateTime RequestedDueUtc { get; init; }
    public required string Reason { get; init; }
    public ExtensionState State { get; init; } = ExtensionState.Pending;
    public long? DecidedBy { get; init; }
    public DateTime? DecidedUtc { get; init; }
    public DateTime? ApprovedDueUtc { get; init; }
}
