namespace Par.Core.Invites;

public enum RevokeOutcome
{
    Revoked,
    NotFound,
    /// <summary>A head may revoke only the codes of their own unit.</summary>
    NotYourUnit,
    AlreadyUsed,
    AlreadyRevoked,
    Expired,
}
