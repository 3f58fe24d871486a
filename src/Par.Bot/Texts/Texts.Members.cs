using System.Globalization;
using Par.Core.Invites;
using Par.Core.Members;
using Par.Core.Units;
using static Par.Bot.Telegram.Html;

namespace Par.Bot.Texts;

public sealed partial class Texts
{
    public string InvitesReplaced(IReadOnlyList<string> codes) =>
        codes.Count == 0 ? "" : Say(Phrases.InvitesReplaced, CodeList(codes));

    public string InviteList(IReadOnlyList<(Invite Invite, Unit? Unit, DateTimeOffset ExpiresLocal)> invites, int more)
    {
        if (invites.Count == 0)
            return Say(Phrases.InviteListNone);
        var lines = new List<string> { Say(Phrases.InviteListTitle, invites.Count + more) };
        lines.AddRange(invites.Select(i =>
            Say(Phrases.InviteListLine, Code(i.Invite.Code), RoleName(i.Invite.Role), Bold(i.Unit?.Name ?? i.Invite.UnitCode), When(i.ExpiresLocal))));
        if (more > 0)
            lines.Add(Say(Phrases.MoreItems, more));
        lines.Add(Say(Phrases.InviteListHint));
        return string.Join('\n', lines);
    }

    public string InviteRevoked(string code) => Say(Phrases.InviteRevoked, Code(code));

    public string InviteRevokeFailed(RevokeOutcome outcome, string code) => outcome switch
    {
        RevokeOutcome.AlreadyUsed => Say(Phrases.InviteRevokeUsed, Code(code)),
        RevokeOutcome.AlreadyRevoked => Say(Phrases.InviteRevokeRevoked, Code(code)),
        RevokeOutcome.Expired => Say(Phrases.InviteRevokeExpired, Code(code)),
        _ => Say(Phrases.InviteRevokeNotFound, Code(Short(code))),
    };

    public string MoveConfirm(Unit current, Unit target, Role role) => Say(Phrases.MoveConfirm, Bold(current.Name), Bold(target.Name), RoleName(role));
    public string MoveButton(Unit target) => Say(Phrases.MoveButton, target.Code);
    public string StayButton(Unit current) => Say(Phrases.StayButton, current.Code);
    public string MoveDeclined(Unit current) => Say(Phrases.MoveDeclined, Bold(current.Name));
    public string FormerHeadNowDeputy(string formerHeadName) => Say(Phrases.FormerHeadNowDeputy, E(formerHeadName));
    public string YouAreNowDeputy(Unit unit, string newHeadName) => Say(Phrases.YouAreNowDeputy, E(newHeadName), Bold(unit.Name));

    public string MembersList(Unit unit, IReadOnlyList<(Member Member, DateTimeOffset JoinedLocal)> members)
    {
        if (members.Count == 0)
            return Say(Phrases.MembersNone, Bold(unit.Name), Code(unit.Code));
        var lines = new List<string> { Say(Phrases.MembersTitle, E(unit.Name), Code(unit.Code)) };
        lines.AddRange(members.Select(m => Say(Phrases.MembersLine,
            E(m.Member.Name), RoleName(m.Member.UnitRole), Day(m.JoinedLocal), Code(m.Member.UserId.ToString(CultureInfo.InvariantCulture)))));
        lines.Add(Say(Phrases.MembersHint));
        return string.Join('\n', lines);
    }

    public string MembersUsage => Say(Phrases.MembersUsage);
    public string MemberRemoveButton(Member member) => Say(Phrases.MemberRemoveButton, Short(member.Name, 30));
    public string MemberRemoveConfirm(Member member, Unit? unit) =>
        Say(Phrases.MemberRemoveConfirm, Bold(member.Name), RoleName(member.UnitRole), Bold(unit?.Name ?? member.UnitCode));
    public string MemberRemoveConfirmButton => Say(Phrases.MemberRemoveConfirmButton);
    public string MemberRemoveCancelButton => Say(Phrases.MemberRemoveCancelButton);
    public string MemberRemoveCancelled => Say(Phrases.Cancelled);
    public string MemberRemoved(Member member) => Say(Phrases.MemberRemoved, Bold(member.Name));
    public string MemberRemovedNotice(Unit? unit) => Say(Phrases.MemberRemovedNotice, Bold(unit?.Name ?? ""));

    public string MemberRemoveFailed(MemberRemoval outcome, string who) => outcome == MemberRemoval.NotAllowed
        ? Say(Phrases.MemberRemoveNotAllowed)
        : Say(Phrases.MemberRemoveNotFound, Code(Short(who)));

    internal static partial class Phrases
    {
        public static readonly Phrase InvitesReplaced = new("codes");
        public static readonly Phrase InviteListNone = new();
        public static readonly Phrase InviteListTitle = new("count");
        public static readonly Phrase InviteListLine = new("code role unit expires");
        public static readonly Phrase InviteListHint = new();
        public static readonly Phrase InviteRevoked = new("code");
        public static readonly Phrase InviteRevokeUsed = new("code");
        public static readonly Phrase InviteRevokeRevoked = new("code");
        public static readonly Phrase InviteRevokeExpired = new("code");
        public static readonly Phrase InviteRevokeNotFound = new("code");
        public static readonly Phrase InviteRevokedCode = new();
        public static readonly Phrase MoveConfirm = new("current target role");
        public static readonly Phrase MoveButton = new("code");
        public static readonly Phrase StayButton = new("code");
        public static readonly Phrase MoveDeclined = new("unit");
        public static readonly Phrase FormerHeadNowDeputy = new("name");
        public static readonly Phrase YouAreNowDeputy = new("name unit");
        public static readonly Phrase MembersNone = new("unit code");
        public static readonly Phrase MembersTitle = new("unit code");
        public static readonly Phrase MembersLine = new("name role joined user");
        public static readonly Phrase MembersHint = new();
        public static readonly Phrase MembersUsage = new();
        public static readonly Phrase MemberRemoveButton = new("name");
        public static readonly Phrase MemberRemoveConfirm = new("name role unit");
        public static readonly Phrase MemberRemoveConfirmButton = new();
        public static readonly Phrase MemberRemoveCancelButton = new();
        public static readonly Phrase MemberRemoved = new("name");
        public static readonly Phrase MemberRemovedNotice = new("unit");
        public static readonly Phrase MemberRemoveNotAllowed = new();
        public static readonly Phrase MemberRemoveNotFound = new("user");
        public static readonly Phrase FileCellTooLong = new("cell max");
    }
}
