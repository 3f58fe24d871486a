using Par.Bot.Handlers.Routing;
using Par.Bot.Hosting;
using Par.Core.Access;
using Par.Core.Broadcasts;
using Par.Core.Outbox;

namespace Par.Bot.Handlers.Broadcasts;

/// <summary>
/// "Received" under an announcement or a reminder: records who and when, once, and turns the pressed button into
/// "Received at 09:41" (the first press's time, in the province's zone); pressing again changes nothing.
/// </summary>
public sealed class AcknowledgeButtons(IBroadcastStore store, ProvinceClock clock) : ICallbackHandler
{
    public string Prefix => BroadcastCallbacks.AcknowledgePrefix;
    // Whoever received it may acknowledge, even after leaving the unit; the store checks they were a recipient.
    public Permission Permission => Permission.UseBot;

    public Task HandleAsync(BotContext context, string payload, CancellationToken cancellationToken)
    {
        var result = store.Acknowledge(payload, context.ChatId, clock.UtcNow.UtcDateTime);
        context.CallbackAnswer = context.T.Acknowledged(result.Outcome);
        if (result.AtUtc is { } at
            && context.Callback?.MessageId is { } messageId
            && store.Find(payload) is { } broadcast
            && store.FindDelivered(payload, context.ChatId, messageId) is { } delivered)
        {
            context.Send(ShowAcknowledged(context, broadcast, delivered, messageId, at));
        }

        return Task.CompletedTask;
    }

    /// <summary>The recipient's own message as it was sent, with the time on its button; queued once per message.</summary>
    private OutgoingMessage ShowAcknowledged(BotContext context, Broadcast broadcast, OutboxEntry delivered, int messageId, DateTime atUtc) => new()
    {
        ChatId = context.ChatId,
        Text = delivered.Text,
        Attachment = delivered.Attachment,
        Buttons = [[new Button(
            context.T.AcknowledgedButton(clock.ToLocal(atUtc), clock.ToLocal(broadcast.CreatedUtc)),
            BroadcastCallbacks.Acknowledge(broadcast.Id))]],
        EditMessageId = messageId,
        DedupeKey = BroadcastKeys.Acknowledged(broadcast.Id, context.ChatId, messageId),
    };
}
