namespace Par.Core.Invites;

public enum RedeemOutcome
{
    Joined,
    NotFound,
    Expired,
    AlreadyUsed,
    UnitArchived,
}
