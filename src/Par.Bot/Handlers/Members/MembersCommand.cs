using System.Globalization;
using Par.Bot.Handlers.Routing;
using Par.Bot.Hosting;
using Par.Core.Access;
using Par.Core.Members;
using Par.Core.Outbox;
using Par.Core.Units;

namespace Par.Bot.Handlers.Members;

/// <summary>
/// /members [UNIT]: a unit's people with role and the date they joined (admins any unit, heads their own), with a
/// remove button for each person the asker may remove; /members remove USER_ID does the same by typing.
/// </summary>
public sealed class MembersCommand(MemberService members, IUnitStore units, MemberRemovalReply removal, ProvinceClock clock) : ICommand
{
    public string Name => "members";
    public Permission Permission => Permission.ManageMembers;

    public Task HandleAsync(BotContext context, CancellationToken cancellationToken)
    {
        var args = context.Args.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        switch (args)
        {
            case [var remove, var who] when remove.Equals("remove", StringComparison.OrdinalIgnoreCase):
                if (long.TryParse(who, NumberStyles.None, CultureInfo.InvariantCulture, out var userId))
                    removal.Remove(context, userId, edit: false);
                else
                    context.Reply(context.T.MemberRemoveFailed(MemberRemoval.NotFound, who));
                break;
            case [var unitCode] when context.Can(Permission.ManageMembers, unitCode):
                List(context, unitCode);
                break;
            case [] when context.UnitCode is not null:
                List(context, context.UnitCode);
                break;
            case [_]:
                context.Reply(context.T.Refused(Role.Admin));
                break;
            default:
                context.Reply(context.T.MembersUsage);
                break;
        }

        return Task.CompletedTask;
    }

    private void List(BotContext context, string unitCode)
    {
        if (units.Find(unitCode) is not { } unit)
        {
            context.Reply(context.T.UnitNotFound(unitCode));
            return;
        }

        var people = members.Of(unit.Code);
        var buttons = people
            .Where(member => MemberService.MayRemove(context.Role, context.UnitCode, context.UserId, member))
            .Select(member => (IReadOnlyList<Button>)[new Button(context.T.MemberRemoveButton(member), $"{MemberButtons.Prefix}:ask:{member.UserId}")])
            .ToList();
        context.Reply(context.T.MembersList(unit, [.. people.Select(member => (member, clock.ToLocal(member.JoinedUtc)))]), buttons);
    }
}
