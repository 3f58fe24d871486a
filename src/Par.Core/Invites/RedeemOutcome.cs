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
    /// <summary>The user tried too many bad codes lately: this one was not looked at.</summary>
    TooManyAttempts,
    /// <summary>Too many bad codes from everyone in the last minute: no code is looked at for a moment.</summary>
    RedemptionsPaused,
}
