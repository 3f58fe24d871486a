namespace Par.Core.Outbox;

public interface IOutboxStore
{
    /// <summary>Stores the messages (skipping any whose dedupe key is already stored) and returns the stored rows.</summary>
    IReadOnlyList<OutboxEntry> Enqueue(IEnumerable<OutgoingMessage> messages, DateTime nowUtc);
    IReadOnlyList<OutboxEntry> ListPending();
    OutboxEntry? Find(long id);
    void Update(OutboxEntry entry);
    IReadOnlyList<OutboxEntry> ListByBroadcast(string broadcastId);
}
