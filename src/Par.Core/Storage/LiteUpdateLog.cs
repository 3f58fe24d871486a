using LiteDB;
using Par.Core.Outbox;
using Par.Core.Updates;

namespace Par.Core.Storage;

internal sealed class LiteUpdateLog(ParDatabase db, IOutbox outbox) : IUpdateLog
{
    private const string OffsetKey = "telegram.next_offset";
    private readonly ILiteCollection<BsonDocument> _handled = db.Collection<BsonDocument>(Collections.HandledUpdates);
    private readonly ILiteCollection<BsonDocument> _settings = db.Collection<BsonDocument>(Collections.Settings);

    public UpdateState StateOf(int updateId) => _handled.FindById(updateId) switch
    {
        null => UpdateState.New,
        var mark when mark["done"].AsBoolean => UpdateState.Handled,
        _ => UpdateState.Interrupted,
    };

    public void Begin(int updateId, DateTime nowUtc) =>
        _handled.Upsert(new BsonDocument { ["_id"] = updateId, ["at"] = nowUtc, ["done"] = false });

    public IReadOnlyList<OutboxEntry> CompleteUpdate(int updateId, IEnumerable<OutgoingMessage> replies, DateTime nowUtc) =>
        db.InTransaction(() =>
        {
            var stored = outbox.Send(replies);
            _handled.Upsert(new BsonDocument { ["_id"] = updateId, ["at"] = nowUtc, ["done"] = true });
            return stored;
        });

    public int ReadNextOffset() => _settings.FindById(OffsetKey)?["value"].AsInt32 ?? 0;

    public void StoreNextOffset(int nextOffset) =>
        _settings.Upsert(new BsonDocument { ["_id"] = OffsetKey, ["value"] = nextOffset });

    public void Prune(DateTime handledBeforeUtc) => _handled.DeleteMany(Query.LT("at", handledBeforeUtc));
}
