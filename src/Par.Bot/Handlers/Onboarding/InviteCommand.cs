using Par.Bot.Handlers.Routing;
using Par.Bot.Hosting;
using Par.Bot.Telegram;
using Par.Core.Invites;
using Par.Core.Members;
using Par.Core.Units;

namespace Par.Bot.Handlers.Onboarding;

/// <summary>/invite UNIT by an admin makes a head invite; /invite by a head makes a deputy invite.</summary>
public sealed class InviteCommand(InviteService invites, IUnitStore units, BotIdentity identity, ProvinceClock clock) : ICommand
{
    public string Name => "invite";
    public Role Access => Role.Head;

    public Task HandleAsync(BotContext context, CancellationToken cancellationToken)
    {
        var args = context.Args.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (args.Length > 1 || (context.IsAdmin && args.Length == 0 && context.UnitCode is null))
        {
            context.Reply(context.T.InviteUsage);
            return Task.CompletedTask;
        }
        if (args.Length == 1 && !context.IsAdmin)
        {
            context.Reply(context.T.Refused(Role.Admin));
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
}
