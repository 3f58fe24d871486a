using Par.Bot.Telegram;
using Par.Core.Outbox;

namespace Par.Bot.Jobs;

/// <summary>Stores reminder messages in the outbox (a dedupe key already stored is skipped) and hands them to the gateway.</summary>
public sealed class ReminderOutbox(IOutboxStore outbox, OutboxDispatcher dispatcher, TimeProvider clock)
{
    public int Send(IReadOnlyList<OutgoingMessage> messages)
    {
        if (messages.Count == 0)
            return 0;
        var stored = outbox.Enqueue(messages, clock.GetUtcNow().UtcDateTime);
        dispatcher.Accept(stored);
        return stored.Count;
    }
}
