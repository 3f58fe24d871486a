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
        if (invite is null || invite.RedeemedBy is not null || invite.RevokedUtc is not null)
            return false;
        return _invites.Update(invite with { RedeemedBy = userId, RedeemedUtc = nowUtc });
    });

    public IReadOnlyList<Invite> ListOpen(DateTime nowUtc) =>
        [.. _invites.Find(invite => invite.RedeemedBy == null && invite.RevokedUtc == null)
            .Where(invite => invite.IsOpen(nowUtc))
            .OrderBy(invite => invite.CreatedUtc)];

    public bool TryRevoke(string code, long revokedBy, DateTime nowUtc) => db.InTransaction(() =>
    {
        var invite = _invites.FindById(code.ToUpperInvariant());
        if (invite is null || invite.RedeemedBy is not null || invite.RevokedUtc is not null)
            return false;
        return _invites.Update(invite with { RevokedUtc = nowUtc, RevokedBy = revokedBy });
    });
}
