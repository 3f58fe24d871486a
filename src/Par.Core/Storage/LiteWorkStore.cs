using Par.Core.Outbox;
using Par.Core.Work;

namespace Par.Core.Storage;

internal sealed class LiteWorkStore(ParDatabase db, IOutbox outbox, TimeProvider clock) : IWorkStore
{
    private readonly LiteDB.ILiteCollection<WorkItem> _work = db.Collection<WorkItem>(WorkCollections.Work);

    public WorkItem Queue(WorkItem item, OutgoingMessage acknowledgement) => db.InTransaction(() =>
    {
        var acknowledged = outbox.Send([acknowledgement])[0];
        var stored = item with { AcknowledgementId = acknowledged.Id, Attempts = 0, QueuedUtc = clock.GetUtcNow().UtcDateTime };
        return stored with { Id = _work.Insert(stored).AsInt64 };
    });

    public IReadOnlyList<WorkItem> ListQueued() => [.. _work.FindAll().OrderBy(w => w.Id)];

    public WorkItem Begin(long id) => db.InTransaction(() =>
    {
        var begun = _work.FindById(id) is { } item
            ? item with { Attempts = item.Attempts + 1 }
            : throw new InvalidOperationException($"No queued work {id}.");
        _work.Update(begun);
        return begun;
    });

    public void Complete(long id, Func<IReadOnlyList<OutgoingMessage>> work) => db.InTransaction(() =>
    {
        var answer = work();
        outbox.Send(answer);
        return _work.Delete(id);
    });
}
