using Par.Core.Outbox;

namespace Par.Core.Storage;

internal sealed class LiteOutbox(ParDatabase db, LiteOutboxStore store, IOutboxGateway gateway, TimeProvider clock) : IOutbox
{
    public IReadOnlyList<OutboxEntry> Send(IEnumerable<OutgoingMessage> messages) =>
        db.InTransaction(() => store.Insert(messages, clock.GetUtcNow().UtcDateTime), committed: HandOver);

    private void HandOver(IReadOnlyList<OutboxEntry> stored)
    {
        if (stored.Count > 0)
            gateway.HandOver(stored);
    }
}
