using Par.Core.Outbox;

namespace Par.Bot.Telegram.Sending;

/// <summary>News of what became of outgoing messages, for those that follow them (broadcast progress).</summary>
public interface IDeliveryOutcomes
{
    /// <summary>
    /// Raised after a row's final state (sent, blocked or failed) is stored, on the sending task: keep handlers short.
    /// Each subscriber is called on its own, so one that throws does not keep the news from the others.
    /// </summary>
    event Action<OutboxEntry>? Finished;
}
