using LiteDB;
using Par.Core.Broadcasts;
using Par.Core.Outbox;

namespace Par.Core.Storage;

internal sealed class LiteBroadcastStore : IBroadcastStore
{
    private readonly ParDatabase _db;
    private readonly IOutbox _outbox;
    private readonly ILiteCollection<Broadcast> _broadcasts;
    private readonly ILiteCollection<Acknowledgement> _acks;
    private readonly ILiteCollection<OutboxEntry> _rows;

    public LiteBroadcastStore(ParDatabase db, IOutbox outbox)
    {
        _db = db;
        _outbox = outbox;
        db.Database.Mapper.Entity<Broadcast>().Id(b => b.Id, autoId: false);
        db.Database.Mapper.Entity<Acknowledgement>().Id(a => a.Id, autoId: false);
        _broadcasts = db.Collection<Broadcast>(BroadcastCollections.Broadcasts);
        _acks = db.Collection<Acknowledgement>(BroadcastCollections.Acknowledgements);
        _rows = db.Collection<OutboxEntry>(Collections.Outbox);
        _broadcasts.EnsureIndex(b => b.CreatedUtc);
        _acks.EnsureIndex(a => a.BroadcastId);
    }

    public IReadOnlyList<OutboxEntry> Create(Broadcast broadcast, IEnumerable<OutgoingMessage> rows) =>
        _db.InTransaction<IReadOnlyList<OutboxEntry>>(() =>
        {
            if (_broadcasts.FindById(broadcast.Id) is not null)
                return [];
            var stored = _outbox.Send(rows);
            _broadcasts.Insert(broadcast with { Recipients = stored.Count });
            return stored;
        });

    public Broadcast? Find(string id) => _broadcasts.FindById(id);

    public IReadOnlyList<Broadcast> ListRecent(int count) =>
        _broadcasts.Query().OrderByDescending(b => b.CreatedUtc).Limit(count).ToList();

    public IReadOnlyList<Broadcast> ListUnfinished() =>
        _broadcasts.Find(b => b.FinishedUtc == null).ToList();

    public BroadcastProgress Progress(string id)
    {
        var statuses = _rows.Query().Where(o => o.BroadcastId == id).Select(o => new { o.Status }).ToList().Select(o => o.Status).ToList();
        return new BroadcastProgress(
            statuses.Count,
            statuses.Count(s => s == OutboxStatus.Sent),
            statuses.Count(s => s == OutboxStatus.Blocked),
            statuses.Count(s => s == OutboxStatus.Failed));
    }

    public IReadOnlyList<OutboxEntry> Finish(Broadcast finished, OutgoingMessage report) =>
        _db.InTransaction<IReadOnlyList<OutboxEntry>>(() =>
        {
            if (_broadcasts.FindById(finished.Id) is not { FinishedUtc: null })
                return [];
            // Outbox first, then broadcasts: every transaction takes the two collections' locks in the same order.
            var stored = _outbox.Send([report]);
            _broadcasts.Update(finished);
            return stored;
        });

    public AcknowledgeOutcome Acknowledge(string id, long chatId, DateTime nowUtc) =>
        _db.InTransaction(() =>
        {
            var key = $"{id}:{chatId}";
            if (_acks.FindById(key) is not null)
                return AcknowledgeOutcome.AlreadyRecorded;
            var rowKey = BroadcastKeys.Row(id, chatId);
            if (!_rows.Exists(o => o.DedupeKey == rowKey))
                return AcknowledgeOutcome.NotRecipient;
            _acks.Insert(new Acknowledgement { Id = key, BroadcastId = id, ChatId = chatId, AtUtc = nowUtc });
            return AcknowledgeOutcome.Recorded;
        });

    public int CountAcknowledged(string id) => _acks.Count(a => a.BroadcastId == id);

    public IReadOnlyList<long> ListUnacknowledged(string id)
    {
        var acknowledged = _acks.Query().Where(a => a.BroadcastId == id).Select(a => a.ChatId).ToList().ToHashSet();
        return _rows.Query()
            .Where(o => o.BroadcastId == id && o.Status == OutboxStatus.Sent)
            .Select(o => o.ChatId)
            .ToList()
            .Where(chat => !acknowledged.Contains(chat))
            .Distinct()
            .ToList();
    }

    public IReadOnlyList<OutboxEntry> Remind(string id, int round, IEnumerable<OutgoingMessage> rows) =>
        _db.InTransaction<IReadOnlyList<OutboxEntry>>(() =>
        {
            if (_broadcasts.FindById(id) is not { } broadcast)
                return [];
            var stored = _outbox.Send(rows);
            if (round > broadcast.Reminders)
                _broadcasts.Update(broadcast with { Reminders = round });
            return stored;
        });
}
