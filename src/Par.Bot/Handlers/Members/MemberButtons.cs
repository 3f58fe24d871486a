using System.Globalization;
using Par.Bot.Handlers.Routing;
using Par.Core.Access;
using Par.Core.Members;
using Par.Core.Outbox;
using Par.Core.Units;

namespace Par.Bot.Handlers.Members;

/// <summary>
/// The remove buttons under /members: <c>ask:USER</c> asks to confirm, <c>yes:USER</c> removes, <c>no</c> cancels.
/// Whether the presser may remove that person is checked again on every press.
/// </summary>
public sealed class MemberButtons(IMemberStore store, IUnitStore units, MemberRemovalReply removal) : ICallbackHandler
{
    public const string Prefix = "mem";

    string ICallbackHandler.Prefix => Prefix;
    public Permission Permission => Permission.ManageMembers;

    public Task HandleAsync(BotContext context, string payload, CancellationToken cancellationToken)
    {
        var parts = payload.Split(':', 2);
        var userId = parts.Length == 2 && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : (long?)null;
        switch (parts[0])
        {
            case "ask" when userId is { } who && store.Find(who) is { } member && MemberService.MayRemove(context.Role, context.UnitCode, context.UserId, member):
                context.EditPressed(context.T.MemberRemoveConfirm(member, units.Find(member.UnitCode!)),
                [[
                    new Button(context.T.MemberRemoveConfirmButton, $"{Prefix}:yes:{who}"),
                    new Button(context.T.MemberRemoveCancelButton, $"{Prefix}:no"),
                ]]);
                break;
            case "yes" when userId is { } who:
                removal.Remove(context, who, edit: true);
                break;
            case "no":
                context.EditPressed(context.T.MemberRemoveCancelled);
                break;
            default:
                context.CallbackAnswer = context.T.ButtonExpired;
                break;
        }

        return Task.CompletedTask;
    }
}
