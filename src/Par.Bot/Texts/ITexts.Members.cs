using Par.Core.Invites;
using Par.Core.Members;
using Par.Core.Units;

namespace Par.Bot.Texts;

public partial interface ITexts
{
    /// <summary>Appended to a new head invite: the unit's earlier unused head codes no longer work.</summary>
    string InvitesReplaced(IReadOnlyList<string> codes);
    /// <summary>Open codes with their unit, role and expiry; <paramref name="more"/> beyond the listed ones.</summary>
    string InviteList(IReadOnlyList<(Invite Invite, Unit? Unit, DateTimeOffset ExpiresLocal)> invites, int more);
    string InviteRevoked(string code);
    string InviteRevokeFailed(RevokeOutcome outcome, string code);

    /// <summary>Someone of <paramref name="current"/> redeemed a code of <paramref name="target"/>: move or stay?</summary>
    string MoveConfirm(Unit current, Unit target, Role role);
    string MoveButton(Unit target);
    string StayButton(Unit current);
    string MoveDeclined(Unit current);
    /// <summary>Told to the newcomer head: the former head is now a deputy.</summary>
    string FormerHeadNowDeputy(string formerHeadName);
    /// <summary>Told to the former head: someone else took the unit's head place.</summary>
    string YouAreNowDeputy(Unit unit, string newHeadName);

    string MembersList(Unit unit, IReadOnlyList<(Member Member, DateTimeOffset JoinedLocal)> members);
    string MembersUsage { get; }
    string MemberRemoveButton(Member member);
    string MemberRemoveConfirm(Member member, Unit? unit);
    string MemberRemoveConfirmButton { get; }
    string MemberRemoveCancelButton { get; }
    string MemberRemoveCancelled { get; }
    string MemberRemoved(Member member);
    string MemberRemovedNotice(Unit? unit);
    string MemberRemoveFailed(MemberRemoval outcome, string who);
}
