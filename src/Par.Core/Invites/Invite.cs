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
}
