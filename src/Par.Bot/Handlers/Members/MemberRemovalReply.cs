using Par.Bot.Handlers.Routing;
using Par.Core.Members;
using Par.Core.Outbox;
using Par.Core.Units;

namespace Par.Bot.Handlers.Members;

/// <summary>Removes a member for /members remove or its confirm button, and tells the person removed.</summary>
public sealed class MemberRemovalReply(MemberService members, IUnitStore units, NotificationRecipients recipients)
{
    public void Remove(BotContext context, long userId, bool edit)
    {
        var (outcome, member) = members.Remove(userId, context.Role, context.UnitCode, context.UserId);
        var text = outcome == MemberRemoval.Removed
            ? context.T.MemberRemoved(member!)
            : context.T.MemberRemoveFailed(outcome, userId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (edit)
            context.EditPressed(text);
        else
            context.Reply(text);
        if (outcome == MemberRemoval.Removed && recipients.User(userId) is { } removed)
        {
            context.Send(new OutgoingMessage { ChatId = removed.ChatId, Text = removed.T.MemberRemovedNotice(units.Find(member!.UnitCode!)) });
        }
    }
}
