using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Par.Core.Members;
using Par.Core.Text;
using Par.Core.Units;

namespace Par.Core.Invites;

/// <summary>
/// Creates one-time invite codes and links the users who redeem them to their unit. A unit has one head: a new
/// head invite replaces the unit's unused ones, and whoever redeems it takes the head's place, the previous head
/// staying on as a deputy. Someone who belongs to another unit moves only after confirming. Guessing codes is slowed
/// down by <see cref="InviteGuessLimiter"/>.
/// </summary>
public sealed class InviteService(
    IInviteStore invites, IUnitStore units, IMemberStore members, InviteGuessLimiter guesses, IOptions<InviteOptions> options, TimeProvider clock)
{
    // No 0/O, 1/I/L: codes are read aloud and typed from paper letters.
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private const int CodeLength = 8;

    public InviteIssue Create(string unitCode, Role role, long createdBy)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var revoked = role == Role.Head
            ? [.. invites.ListOpen(now)
                .Where(old => old.Role == Role.Head && string.Equals(old.UnitCode, unitCode, StringComparison.OrdinalIgnoreCase))
                .Where(old => invites.TryRevoke(old.Code, createdBy, now))
                .Select(old => old.Code)]
            : Array.Empty<string>();
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
        return new InviteIssue(invite, revoked);
    }

    /// <summary>Open codes, oldest first: of one unit, or of every unit when <paramref name="unitCode"/> is null.</summary>
    public IReadOnlyList<Invite> Open(string? unitCode) =>
        [.. invites.ListOpen(clock.GetUtcNow().UtcDateTime)
            .Where(invite => unitCode is null || string.Equals(invite.UnitCode, unitCode, StringComparison.OrdinalIgnoreCase))];

    /// <summary>Revokes an unused code; a head (<paramref name="unitCode"/> set) only one of their own unit.</summary>
    public RevokeOutcome Revoke(string code, long by, string? unitCode)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var invite = invites.Find(code.Trim());
        return invite switch
        {
            null => RevokeOutcome.NotFound,
            _ when unitCode is not null && !string.Equals(invite.UnitCode, unitCode, StringComparison.OrdinalIgnoreCase) => RevokeOutcome.NotFound,
            { RedeemedBy: not null } => RevokeOutcome.AlreadyUsed,
            { RevokedUtc: not null } => RevokeOutcome.AlreadyRevoked,
            _ when invite.ExpiresUtc <= now => RevokeOutcome.Expired,
            _ => invites.TryRevoke(invite.Code, by, now) ? RevokeOutcome.Revoked : RevokeOutcome.AlreadyUsed,
        };
    }

    /// <summary>
    /// Redeems the code. A member of another unit gets <see cref="RedeemOutcome.MoveNeedsConfirmation"/> and
    /// nothing changes, unless <paramref name="moveConfirmed"/> says they pressed the button to move. While the
    /// user (or everyone) has tried too many bad codes, the code is not looked at.
    /// </summary>
    public RedeemResult Redeem(string code, long userId, string displayName, bool moveConfirmed = false)
    {
        if (guesses.Refusal(userId) is { } refusal)
            return new(refusal.Outcome, RetryAfter: refusal.Wait);
        var result = Evaluate(code, userId, displayName, moveConfirmed);
        if (result.Outcome is RedeemOutcome.NotFound or RedeemOutcome.Expired or RedeemOutcome.AlreadyUsed or RedeemOutcome.Revoked)
            guesses.Failed(userId);
        return result;
    }

    private RedeemResult Evaluate(string code, long userId, string displayName, bool moveConfirmed)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var invite = invites.Find(code.Trim());
        if (invite is null)
            return new(RedeemOutcome.NotFound);
        if (invite.RedeemedBy == userId)
            return Joined(invite);
        if (invite.RedeemedBy is not null)
            return new(RedeemOutcome.AlreadyUsed);
        if (invite.RevokedUtc is not null)
            return new(RedeemOutcome.Revoked);
        if (invite.ExpiresUtc <= now)
            return new(RedeemOutcome.Expired);
        var unit = units.Find(invite.UnitCode);
        if (unit is null || unit.Archived)
            return new(RedeemOutcome.UnitArchived);
        var member = members.Find(userId);
        var current = member?.UnitCode is { } currentCode && !string.Equals(currentCode, unit.Code, StringComparison.OrdinalIgnoreCase)
            ? units.Find(currentCode)
            : null;
        if (current is not null && !moveConfirmed)
            return new(RedeemOutcome.MoveNeedsConfirmation, unit, invite.Role, current);
        if (!invites.TryRedeem(invite.Code, userId, now))
            return new(invites.Find(invite.Code)?.RevokedUtc is not null ? RedeemOutcome.Revoked : RedeemOutcome.AlreadyUsed);

        // A head who redeems a deputy code of their own unit stays head: the unit must not lose its head.
        var role = current is null && member is { UnitRole: Role.Head } ? Role.Head : invite.Role;
        var previousHead = role == Role.Head ? DemoteHead(unit.Code, userId) : null;
        members.Upsert((member ?? new Member { UserId = userId, ChatId = userId }) with
        {
            UnitCode = unit.Code, UnitRole = role, Name = UserText.CleanLine(displayName), Unreachable = false, JoinedUtc = now,
        });
        return new(RedeemOutcome.Joined, unit, role, current, previousHead);
    }

    /// <summary>Makes the unit's head (other than the newcomer) a deputy; returns them as they were.</summary>
    private Member? DemoteHead(string unitCode, long newcomer)
    {
        var heads = members.ListByUnit(unitCode).Where(m => m.UnitRole == Role.Head && m.UserId != newcomer).ToList();
        foreach (var head in heads)
        {
            members.Upsert(head with { UnitRole = Role.Deputy });
        }

        return heads.FirstOrDefault();
    }

    private RedeemResult Joined(Invite invite) =>
        new(RedeemOutcome.Joined, units.Find(invite.UnitCode), members.Find(invite.RedeemedBy!.Value)?.UnitRole ?? invite.Role);
}
