using Par.Bot.Handlers.Routing;
using Par.Core.Access;
using Par.Core.Broadcasts;

namespace Par.Bot.Handlers.Broadcasts;

/// <summary>"Received" under an announcement: records who and when, once; pressing again only says it is recorded.</summary>
public sealed class AcknowledgeButtons(IBroadcastStore store, TimeProvider clock) : ICallbackHandler
{
    public string Prefix => BroadcastCallbacks.AcknowledgePrefix;
    // Whoever received it may acknowledge, even after leaving the unit; the store checks they were a recipient.
    public Permission Permission => Permission.UseBot;

    public Task HandleAsync(BotContext context, string payload, CancellationToken cancellationToken)
    {
        var outcome = store.Acknowledge(payload, context.ChatId, clock.GetUtcNow().UtcDateTime);
        context.CallbackAnswer = context.T.Acknowledged(outcome);
        return Task.CompletedTask;
    }
}
