using System.Globalization;
using Par.Core.Invites;

namespace Par.Bot.Hosting;

/// <summary>What <c>seed-demo</c> stored, and how to use it: printed once, since the demo people cannot log in.</summary>
public sealed record DemoReport(
    int Departments, int Communes, int Reports, string Periods, int Dossiers, int Tasks, IReadOnlyList<DemoMember> Members,
    Invite NewcomerInvite, DateTimeOffset InviteExpiresLocal)
{
    public IEnumerable<string> Lines()
    {
        yield return $"Par demo: {Departments} departments, {Communes} communes, {Reports} reports ({Periods}), " +
            $"{Members.Count} members, {Dossiers} dossiers, {Tasks} tasks, 1 past broadcast.";
        yield return "";
        yield return $"Admin id to configure: {DemoProvince.AdminId} (the demo admin who invited the members, assigned the tasks and sent the broadcast).";
        yield return $"Add your own Telegram user id after it: Bot__AdminIds__0={DemoProvince.AdminId} Bot__AdminIds__1=<your id>.";
        yield return "";
        yield return "Demo members (not real Telegram users: nobody can write as them, and messages to them fail):";
        yield return $"  {"user id",-10}  {"unit",-13}  role";
        foreach (var member in Members)
            yield return $"  {member.UserId.ToString(CultureInfo.InvariantCulture),-10}  {member.UnitCode,-13}  {member.Role.ToString().ToLowerInvariant()}";
        yield return "";
        yield return $"To see the demo as a unit does, send the bot /start {NewcomerInvite.Code} from your own account before " +
            $"{InviteExpiresLocal:yyyy-MM-dd HH:mm}: you become head of {NewcomerInvite.UnitCode}, which has late, due-soon and waiting-for-the-citizen (Chờ bổ sung) dossiers and a task.";
        yield return "As admin, try /overdue, /broadcast status, /top xã, /rank SNV and /export.";
    }
}
