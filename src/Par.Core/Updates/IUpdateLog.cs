using Par.Core.Outbox;

namespace Par.Core.Updates;

/// <summary>Which Telegram updates have been handled, so a redelivered update has no second effect.</summary>
public interface IUpdateLog
{
    UpdateState StateOf(int updateId);
    /// <summary>Records that handling begins, so a crash before <see cref="CompleteUpdate"/> is noticed on redelivery.</summary>
    void Begin(int updateId, DateTime nowUtc);
    /// <summary>Atomically records the update as handled and stores its replies in the outbox, which sends them once committed.</summary>
    IReadOnlyList<OutboxEntry> CompleteUpdate(int updateId, IEnumerable<OutgoingMessage> replies, DateTime nowUtc);
    /// <summary>The next update id to ask Telegram for; updates below it are confirmed.</summary>
    int ReadNextOffset();
    /// <summary>Stores the next update id to ask for, confirming every update below it.</summary>
    void StoreNextOffset(int nextOffset);
    /// <summary>Forgets marks of updates handled before the given time (long after Telegram could redeliver them).</summary>
    void Prune(DateTime handledBeforeUtc);
}
