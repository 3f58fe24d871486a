using Par.Bot.Handlers.Routing;
using Par.Core.Invites;
using Par.Core.Members;
using Par.Core.Outbox;

namespace Par.Bot.Handlers.Onboarding;

/// <summary>
/// Answers a redeemed code, whether typed with /start or confirmed with the move button: the welcome, and a notice
/// to the former head when the newcomer took the unit's head place.
/// </summary>
public sealed class InviteRedemption(NotificationRecipients recipients)
{
    /// <summary>Replies, or with <paramref name="editPressed"/> replaces the message whose button was pressed.</summary>
    public void Answer(BotContext context, RedeemResult result, bool editPressed = false)
    {
        Action<string> say = editPressed ? html => context.EditPressed(html) : html => context.Reply(html);
        if (result.Outcome is RedeemOutcome.TooManyAttempts or RedeemOutcome.RedemptionsPaused)
        {
            say(context.T.RedeemWait(result.Outcome, result.RetryAfter));
            return;
        }
        if (result.Outcome != RedeemOutcome.Joined)
        {
            say(context.T.RedeemFailed(result.Outcome));
            return;
        }

        var welcome = context.T.Joined(result.Unit!, result.Role);
        if (result.PreviousHead is { } former)
        {
            welcome += context.T.FormerHeadNowDeputy(former.Name);
            if (recipients.User(former.UserId) is { } notice)
            {
                context.Send(new OutgoingMessage { ChatId = notice.ChatId, Text = notice.T.YouAreNowDeputy(result.Unit!, context.UserName) });
            }
        }

        say(welcome);
        // An admin who joins a unit keeps the admin's menu.
        context.MenuRole = context.Role == Role.Admin ? Role.Admin : result.Role;
    }
}
