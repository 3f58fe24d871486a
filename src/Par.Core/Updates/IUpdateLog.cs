using Par.Core.Outbox;

namespace Par.Core.Updates;

/// <summary>Which Telegram updates have been handled, so a redelivered update has no second effect.</summary>
public interface IUpdateLog
{
    bool IsHandled(int updateId);
    /// <summary>Atomically records the update as handled and stores its replies in the outbox.</summary>
    IReadOnlyList<OutboxEntry> CompleteUpdate(int updateId, IEnumerable<OutgoingMessage> replies, DateTime nowUtc);
    /// <summary>The next update id to ask Telegram for; updates below it are confirmed.</summary>
    int NextOffset { get; set; }
    /// <summary>Forgets handled ids below the confirmed offset (they can never come back).</summary>
    void Prune(int belowUpdateId);
}
