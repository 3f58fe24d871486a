namespace Par.Core.Invites;

public interface IInviteStore
{
    void Insert(Invite invite);
    Invite? Find(string code);
    /// <summary>Marks the invite redeemed unless someone already did or it was revoked; true when this call redeemed it.</summary>
    bool TryRedeem(string code, long userId, DateTime nowUtc);
    /// <summary>Invites neither used, revoked nor expired at <paramref name="nowUtc"/>, oldest first.</summary>
    IReadOnlyList<Invite> ListOpen(DateTime nowUtc);
    /// <summary>Marks the invite revoked unless it was used or revoked already; true when this call revoked it.</summary>
    bool TryRevoke(string code, long revokedBy, DateTime nowUtc);
}
