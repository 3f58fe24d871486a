namespace Par.Core.Invites;

public interface IInviteStore
{
    void Insert(Invite invite);
    Invite? Find(string code);
    /// <summary>Marks the invite redeemed unless someone already did; true when this call redeemed it.</summary>
    bool TryRedeem(string code, long userId, DateTime nowUtc);
}
