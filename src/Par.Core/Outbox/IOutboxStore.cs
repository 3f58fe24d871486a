namespace Par.Core.Outbox;

/// <summary>The stored rows, for the gateway and for reports; new rows are stored through <see cref="IOutbox"/>.</summary>
public interface IOutboxStore
{
    IReadOnlyList<OutboxEntry> ListPending();
    /// <summary>How much waits and for how long, without reading the rows' texts and files: health and metrics ask often.</summary>
    OutboxBacklog Backlog();
    /// <summary>Deletes finished rows (sent, blocked, failed) created before the given time; returns how many.</summary>
    int Prune(DateTime createdBeforeUtc);
    OutboxEntry? Find(long id);
    void Update(OutboxEntry entry);
    IReadOnlyList<OutboxEntry> ListByBroadcast(string broadcastId);
    /// <summary>The dedupe keys starting with <paramref name="prefix"/> (<c>digest:</c>, <c>task:T-12:</c>): which keyed messages were queued, sent or not.</summary>
    IReadOnlyList<string> DedupeKeys(string prefix);
}
