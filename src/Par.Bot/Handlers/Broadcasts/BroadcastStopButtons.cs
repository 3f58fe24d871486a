using Par.Bot.Handlers.Routing;
using Par.Bot.Hosting;
using Par.Bot.Telegram.Sending;
using Par.Core.Access;
using Par.Core.Broadcasts;
using Par.Core.Outbox;

namespace Par.Bot.Handlers.Broadcasts;

/// <summary>
/// The progress message's "stop sending" button: asks first (a stop cannot be undone), then withdraws every
/// announcement not sent yet. Those already on their way to Telegram (at most <c>Sending:MaxInFlight</c>) still arrive.
/// </summary>
public sealed class BroadcastStopButtons(
    IBroadcastStore store, IBroadcastWithdrawal gateway, BroadcastTracker tracker, ProvinceClock clock, TimeProvider time) : ICallbackHandler
{
    public string Prefix => BroadcastCallbacks.StopPrefix;
    public Permission Permission => Permission.Broadcast;

    public Task HandleAsync(BotContext context, string payload, CancellationToken cancellationToken)
    {
        var parts = payload.Split(':');
        var broadcast = parts.Length == 2 ? store.Find(parts[1]) : null;
        if (broadcast is null)
        {
            context.CallbackAnswer = context.T.ButtonExpired;
            return Task.CompletedTask;
        }
        var name = context.T.BroadcastName(broadcast, clock.ToLocal(broadcast.CreatedUtc));
        switch (parts[0])
        {
            case "ask" when broadcast is { FinishedUtc: null, StoppedUtc: null }:
                context.Reply(context.T.BroadcastStopConfirm(name, store.Progress(broadcast.Id)),
                [[new Button(context.T.BroadcastStopYesButton, BroadcastCallbacks.StopForGood(broadcast.Id)), new Button(context.T.BroadcastKeepButton, BroadcastCallbacks.KeepSending(broadcast.Id))]]);
                break;
            case "yes" when store.Stop(broadcast.Id, context.UserId, time.GetUtcNow().UtcDateTime) is { } withdrawn:
                gateway.Withdraw(broadcast.Id);
                context.EditPressed(context.T.BroadcastStopped(name, withdrawn));
                tracker.Poke();
                break;
            case "ask":
                // Pressed on the progress message just as it finished: a toast, so its report is not written over.
                context.CallbackAnswer = context.T.BroadcastNotSending(name);
                break;
            case "yes":
                context.EditPressed(context.T.BroadcastNotSending(name));
                break;
            case "no":
                context.EditPressed(context.T.BroadcastKept(name));
                break;
            default:
                context.CallbackAnswer = context.T.ButtonExpired;
                break;
        }
        return Task.CompletedTask;
    }
}
