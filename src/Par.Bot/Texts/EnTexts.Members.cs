using System.Globalization;
using Par.Core.Invites;
using Par.Core.Members;
using Par.Core.Units;
using static Par.Bot.Telegram.Html;

namespace Par.Bot.Texts;

public sealed partial class EnTexts
{
    public string InvitesReplaced(IReadOnlyList<string> codes) => codes.Count == 0
        ? ""
        : $"\nThe unit's earlier unused head invites were revoked: {string.Join(", ", codes.Select(Code))}.";

    public string InviteList(IReadOnlyList<(Invite Invite, Unit? Unit, DateTimeOffset ExpiresLocal)> invites, int more)
    {
        if (invites.Count == 0)
            return "No invite code is open.";
        var lines = new List<string> { $"<b>Open invite codes ({invites.Count + more}):</b>" };
        lines.AddRange(invites.Select(i =>
            $"• {Code(i.Invite.Code)} — {RoleName(i.Invite.Role)} of {Bold(i.Unit?.Name ?? i.Invite.UnitCode)}, expires {i.ExpiresLocal.ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture)}"));
        if (more > 0)
            lines.Add($"… and {more} more.");
        lines.Add("Revoke one: <code>/invite revoke CODE</code>.");
        return string.Join('\n', lines);
    }

    public string InviteRevoked(string code) => $"✅ Invite {Code(code)} revoked. It no longer works.";

    public string InviteRevokeFailed(RevokeOutcome outcome, string code) => outcome switch
    {
        RevokeOutcome.AlreadyUsed => $"Invite {Code(code)} was already used and cannot be revoked. If needed, use <code>/members remove</code>.",
        RevokeOutcome.AlreadyRevoked => $"Invite {Code(code)} was already revoked.",
        RevokeOutcome.Expired => $"Invite {Code(code)} has expired; there is nothing to revoke.",
        _ => $"No invite {Code(Cut(code))}. Type <code>/invite list</code> for the open codes.",
    } + " Nothing was changed.";

    public string MoveConfirm(Unit current, Unit target, Role role) =>
        $"You are a member of {Bold(current.Name)}. This invite moves you to {Bold(target.Name)} as <b>{RoleName(role)}</b>.\n" +
        $"Moving means leaving {Bold(current.Name)}. Do you want to move?";

    public string MoveButton(Unit target) => $"✅ Move to {target.Code}";
    public string StayButton(Unit current) => $"✖ Stay in {current.Code}";
    public string MoveDeclined(Unit current) => $"You are still a member of {Bold(current.Name)}. Nothing was changed.";

    public string FormerHeadNowDeputy(string formerHeadName) =>
        $"\nThe former head of the unit, {E(formerHeadName)}, is now a deputy.";

    public string YouAreNowDeputy(Unit unit, string newHeadName) =>
        $"Notice: {E(newHeadName)} redeemed the head invite of {Bold(unit.Name)}. A unit has one head, so you are now a <b>deputy</b> of the unit.";

    public string MembersList(Unit unit, IReadOnlyList<(Member Member, DateTimeOffset JoinedLocal)> members)
    {
        if (members.Count == 0)
            return $"{Bold(unit.Name)} ({Code(unit.Code)}) has no members yet. Invite its head: <code>/invite {E(unit.Code)}</code>.";
        var lines = new List<string> { $"<b>Members of {E(unit.Name)}</b> ({Code(unit.Code)}):" };
        lines.AddRange(members.Select(m =>
            $"• {E(m.Member.Name)} — {RoleName(m.Member.UnitRole)}, joined {m.JoinedLocal.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)} (user id {Code(m.Member.UserId.ToString(CultureInfo.InvariantCulture))})"));
        lines.Add("Remove a member: press a button below or type <code>/members remove USER_ID</code>.");
        return string.Join('\n', lines);
    }

    public string MembersUsage =>
        "Usage: <code>/members</code> (your unit), <code>/members UNIT</code> (admins), <code>/members remove USER_ID</code>.";

    public string MemberRemoveButton(Member member) => $"❌ Remove {Cut(member.Name, 30)}";

    public string MemberRemoveConfirm(Member member, Unit? unit) =>
        $"Remove {Bold(member.Name)} ({RoleName(member.UnitRole)}) from {Bold(unit?.Name ?? member.UnitCode)}? They will be told.";

    public string MemberRemoveConfirmButton => "✅ Remove";
    public string MemberRemoveCancelButton => "✖ No";
    public string MemberRemoveCancelled => "Cancelled. Nothing was changed.";
    public string MemberRemoved(Member member) => $"✅ {Bold(member.Name)} was removed from the unit and has been told.";

    public string MemberRemovedNotice(Unit? unit) =>
        $"You are no longer a member of {Bold(unit?.Name ?? "your unit")} on Par. If this is a mistake, ask for a new invite.";

    public string MemberRemoveFailed(MemberRemoval outcome, string who) => outcome switch
    {
        MemberRemoval.NotAllowed => "A head may remove only the deputies of their own unit, and not themselves.",
        _ => $"No member {Code(Cut(who))} in the unit. Type <code>/members</code> for the list.",
    } + " Nothing was changed.";

    private static string Cut(string text, int max = 60) => text.Length > max ? text[..max] + "…" : text;
}
