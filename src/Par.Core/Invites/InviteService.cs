using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Par.Core.Members;
using Par.Core.Units;

namespace Par.Core.Invites;

/// <summary>Creates one-time invite codes and links the users who redeem them to their unit.</summary>
public sealed class InviteService(IInviteStore invites, IUnitStore units, IMemberStore members, IOptions<InviteOptions> options, TimeProvider clock)
{
    // No 0/O, 1/I/L: codes are read aloud and typed from paper letters.
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private const int CodeLength = 8;

    public Invite Create(string unitCode, Role role, long createdBy)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var invite = new Invite
        {
            Code = RandomNumberGenerator.GetString(Alphabet, CodeLength),
            UnitCode = unitCode,
            Role = role,
            CreatedBy = createdBy,
            CreatedUtc = now,
            ExpiresUtc = now.AddDays(options.Value.ValidDays),
        };
        invites.Insert(invite);
        return invite;
    }

    public RedeemResult Redeem(string code, long userId, string displayName)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var invite = invites.Find(code.Trim());
        if (invite is null)
            return new(RedeemOutcome.NotFound);
        if (invite.RedeemedBy == userId)
            return Joined(invite);
        if (invite.RedeemedBy is not null)
            return new(RedeemOutcome.AlreadyUsed);
        if (invite.ExpiresUtc <= now)
            return new(RedeemOutcome.Expired);
        var unit = units.Find(invite.UnitCode);
        if (unit is null || unit.Archived)
            return new(RedeemOutcome.UnitArchived);
        if (!invites.TryRedeem(invite.Code, userId, now))
            return new(RedeemOutcome.AlreadyUsed);
        var member = members.Find(userId) ?? new Member { UserId = userId, ChatId = userId, JoinedUtc = now };
        members.Upsert(member with { UnitCode = unit.Code, UnitRole = invite.Role, Name = displayName, Unreachable = false, JoinedUtc = now });
        return new(RedeemOutcome.Joined, unit, invite.Role);
    }

    private RedeemResult Joined(Invite invite) => new(RedeemOutcome.Joined, units.Find(invite.UnitCode), invite.Role);
}
