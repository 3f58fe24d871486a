using Par.Core.Members;

namespace Par.Core.Invites;

/// <summary>A one-time code that links whoever redeems it to a unit with a role.</summary>
public sealed record Invite
{
    public required string Code { get; init; }
    public required string UnitCode { get; init; }
    public required Role Role { get; init; }
    public required long CreatedBy { get; init; }
    public required DateTime CreatedUtc { get; init; }
    public required DateTime ExpiresUtc { get; init; }
    public long? RedeemedBy { get; init; }
    public DateTime? RedeemedUtc { get; init; }
    /// <summary>Set when a newer head invite for the unit replaced this one, or someone revoked it with /invite revoke.</summary>
    public DateTime? RevokedUtc { get; init; }
    public long? RevokedBy { get; init; }

    /// <summary>Neither used nor revoked nor expired at <paramref name="nowUtc"/>.</summary>
    public bool IsOpen(DateTime nowUtc) => RedeemedBy is null && RevokedUtc is null && ExpiresUtc > nowUtc;
}
