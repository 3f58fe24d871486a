using Par.Bot.Handlers.Routing;
using Par.Bot.Hosting;
using Par.Bot.Telegram;
using Par.Core.Access;
using Par.Core.Invites;
using Par.Core.Members;
using Par.Core.Outbox;
using Par.Core.Units;

namespace Par.Bot.Handlers.Onboarding;

/// <summary>
/// /invite UNIT by an admin makes a head invite (replacing the unit's unused ones); /invite all makes one for every
/// unit without a head, as a spreadsheet to send out with an official letter; /invite by a head makes a deputy
/// invite; /invite list and /invite revoke CODE show and cancel open codes (a head: their unit's only).
/// </summary>
public sealed class InviteCommand(
    InviteService invites, IUnitStore units, UnitGroups groups, IMemberStore members, BotIdentity identity, ProvinceClock clock) : ICommand
{
    private const int ListLimit = 40;

    public string Name => "invite";
    public Permission Permission => Permission.InviteDeputy;

    public Task HandleAsync(BotContext context, CancellationToken cancellationToken)
    {
        var args = context.Args.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        switch (args)
        {
            case ["all" or "ALL"] when context.Can(Permission.InviteHead):
                InviteAll(context);
                break;
            case [var list] when list.Equals("list", StringComparison.OrdinalIgnoreCase):
                List(context);
                break;
            case [var revoke, var code] when revoke.Equals("revoke", StringComparison.OrdinalIgnoreCase):
                Revoke(context, code);
                break;
            case [var unitCode] when !context.Can(Permission.InviteHead, unitCode):
                context.Reply(context.T.Refused(AccessPolicy.LeastRole(Permission.InviteHead)));
                break;
            case [var unitCode]:
                Create(context, unitCode, Role.Head);
                break;
            case [] when context.UnitCode is not null:
                Create(context, context.UnitCode, Role.Deputy);
                break;
            default: // only an admin gets here without a unit, and must name one
                context.Reply(context.T.InviteUsage);
                break;
        }

        return Task.CompletedTask;
    }

    private void Create(BotContext context, string unitCode, Role role)
    {
        var unit = units.Find(unitCode);
        if (unit is null || unit.Archived)
        {
            context.Reply(context.T.UnitNotFound(unitCode));
            return;
        }
        var issue = invites.Create(unit.Code, role, context.UserId);
        context.Reply(context.T.InviteCreated(issue.Invite, unit, identity.DeepLink(issue.Invite.Code), clock.ToLocal(issue.Invite.ExpiresUtc))
            + context.T.InvitesReplaced(issue.Revoked));
    }

    private void List(BotContext context)
    {
        var open = invites.Open(context.Can(Permission.AllUnits) ? null : context.UnitCode);
        var shown = open.Take(ListLimit).Select(invite => (invite, units.Find(invite.UnitCode), clock.ToLocal(invite.ExpiresUtc))).ToList();
        context.Reply(context.T.InviteList(shown, open.Count - shown.Count));
    }

    private void Revoke(BotContext context, string code)
    {
        var outcome = invites.Revoke(code, context.UserId, context.Can(Permission.AllUnits) ? null : context.UnitCode);
        context.Reply(outcome == RevokeOutcome.Revoked
            ? context.T.InviteRevoked(code.ToUpperInvariant())
            : context.T.InviteRevokeFailed(outcome, code.ToUpperInvariant()));
    }

    private void InviteAll(BotContext context)
    {
        var headed = members.ListAll().Where(m => m.UnitRole == Role.Head && m.UnitCode is not null).Select(m => m.UnitCode!).ToHashSet();
        var rows = units.List().Where(u => !headed.Contains(u.Code)).Select(unit =>
        {
            var invite = invites.Create(unit.Code, Role.Head, context.UserId).Invite;
            var group = context.T.GroupName(groups.Of(unit.Group));
            return new InviteSheetRow(unit.Code, unit.Name, group, invite.Code, identity.DeepLink(invite.Code), clock.ToLocal(invite.ExpiresUtc).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        }).ToList();
        if (rows.Count == 0)
        {
            context.Reply(context.T.InviteSheetEmpty);
            return;
        }
        var attachment = new Attachment { Kind = AttachmentKind.Document, FileName = $"invites-{clock.LocalNow:yyyyMMdd-HHmm}.xlsx", Content = InviteSheet.Build(rows) };
        context.ReplyWith(attachment, context.T.InviteSheetCaption(rows.Count));
    }
}
