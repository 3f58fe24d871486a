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
/// /invite UNIT by an admin makes a head invite; /invite all makes one for every unit without a head, as a
/// spreadsheet to send out with an official letter; /invite by a head makes a deputy invite.
/// </summary>
public sealed class InviteCommand(InviteService invites, IUnitStore units, IMemberStore members, BotIdentity identity, ProvinceClock clock) : ICommand
{
    public string Name => "invite";
    public Permission Permission => Permission.InviteDeputy;

    public Task HandleAsync(BotContext context, CancellationToken cancellationToken)
    {
        var args = context.Args.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (args is ["all" or "ALL"] && context.Can(Permission.InviteHead))
        {
            InviteAll(context);
            return Task.CompletedTask;
        }
        // Only an admin gets here without a unit, and must name one.
        if (args.Length > 1 || (args.Length == 0 && context.UnitCode is null))
        {
            context.Reply(context.T.InviteUsage);
            return Task.CompletedTask;
        }
        if (args.Length == 1 && !context.Can(Permission.InviteHead, args[0]))
        {
            context.Reply(context.T.Refused(AccessPolicy.LeastRole(Permission.InviteHead)));
            return Task.CompletedTask;
        }
        var (unitCode, role) = args.Length == 1 ? (args[0], Role.Head) : (context.UnitCode!, Role.Deputy);
        var unit = units.Find(unitCode);
        if (unit is null || unit.Archived)
        {
            context.Reply(context.T.UnitNotFound(unitCode));
            return Task.CompletedTask;
        }
        var invite = invites.Create(unit.Code, role, context.UserId);
        context.Reply(context.T.InviteCreated(invite, unit, identity.DeepLink(invite.Code), clock.ToLocal(invite.ExpiresUtc)));
        return Task.CompletedTask;
    }

    private void InviteAll(BotContext context)
    {
        var headed = members.ListAll().Where(m => m.UnitRole == Role.Head && m.UnitCode is not null).Select(m => m.UnitCode!).ToHashSet();
        var rows = units.List().Where(u => !headed.Contains(u.Code)).Select(unit =>
        {
            var invite = invites.Create(unit.Code, Role.Head, context.UserId);
            return new InviteSheetRow(unit.Code, unit.Name, unit.Group, invite.Code, identity.DeepLink(invite.Code), clock.ToLocal(invite.ExpiresUtc).ToString("yyyy-MM-dd HH:mm"));
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
