namespace Par.Core.Invites;

public enum RedeemOutcome
{
    Joined,
    NotFound,
    Expired,
    AlreadyUsed,
    /// <summary>A newer head invite replaced the code, or someone revoked it.</summary>
    Revoked,
    UnitArchived,
    /// <summary>The user belongs to another unit: nothing changed until they confirm the move.</summary>
    MoveNeedsConfirmation,
}
