using Par.Core.Invites;

namespace Par.Core.Storage;

internal sealed class LiteInviteStore(ParDatabase db) : IInviteStore
{
    private readonly LiteDB.ILiteCollection<Invite> _invites = db.Collection<Invite>(Collections.Invites);

    public void Insert(Invite invite) => _invites.Insert(invite);

    public Invite? Find(string code) => _invites.FindById(code.ToUpperInvariant());

    public bool TryRedeem(string code, long userId, DateTime nowUtc) => db.InTransaction(() =>
    {
        var invite = _invites.FindById(code.ToUpperInvariant());
        if (invite is null || invite.RedeemedBy is not null)
            return false;
        return _invites.Update(invite with { RedeemedBy = userId, RedeemedUtc = nowUtc });
    });
}
