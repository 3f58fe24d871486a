namespace Par.Core.Outbox;

public interface IOutboxStore
{
    /// <summary>Stores the messages (skipping any whose dedupe key is already stored) and returns the stored rows.</summary>
    IReadOnlyList<OutboxEntry> Enqueue(IEnumerable<OutgoingMessage> messages, DateTime nowUtc);
    IReadOnlyList<OutboxEntry> ListPending();
    /// <summary>Deletes finished rows (sent, blocked, failed) created before the given time; returns how many.</summary>
    int Prune(DateTime createdBeforeUtc);
    OutboxEntry? Find(long id);
    void Update(OutboxEntry entry);
    IReadOnlyList<OutboxEntry> ListByBroadcast(string broadcastId);
}
