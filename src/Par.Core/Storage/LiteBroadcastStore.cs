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
    /// <summary>Finishing and stopping a broadcast happen one after the other, so neither writes over the other's fields.</summary>
    private readonly Lock _ending = new();

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
        _broadcasts.EnsureIndex(b => b.Year);
        _acks.EnsureIndex(a => a.BroadcastId);
    }

    public IReadOnlyList<OutboxEntry> Create(Broadcast broadcast, IEnumerable<OutgoingMessage> rows) =>
        _db.InTransaction<IReadOnlyList<OutboxEntry>>(() =>
        {
            if (_broadcasts.FindById(broadcast.Id) is not null)
                return [];
            var stored = _outbox.Send(rows);
            // The insert takes the collection's write lock and a fresh snapshot, so the numbers read after it
            // include every broadcast committed before; a concurrent Create waits for this one to commit.
            _broadcasts.Insert(broadcast with { Recipients = stored.Count, Number = null });
            _broadcasts.Update(broadcast with { Recipients = stored.Count, Number = LastNumber(broadcast.Year) + 1 });
            return stored;
        });

    private int LastNumber(int year) =>
        _broadcasts.Query().Where(b => b.Year == year).Select(b => new { b.Number }).ToList().Max(b => b.Number) ?? 0;

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
            statuses.Count(s => s == OutboxStatus.Failed),
            statuses.Count(s => s == OutboxStatus.Withdrawn));
    }

    public int? Stop(string id, long stoppedBy, DateTime nowUtc)
    {
        lock (_ending)
        {
            return _db.InTransaction<int?>(() =>
            {
                if (_broadcasts.FindById(id) is not { FinishedUtc: null, StoppedUtc: null } broadcast)
                    return null;
                // Outbox first, then broadcasts: every transaction takes the two collections' locks in the same order.
                var pending = _rows.Find(o => o.BroadcastId == id && o.Status == OutboxStatus.Pending).ToList();
                foreach (var row in pending)
                    _rows.Update(row with { Status = OutboxStatus.Withdrawn, Error = "broadcast stopped" });
                _broadcasts.Update(broadcast with { StoppedUtc = nowUtc, StoppedBy = stoppedBy });
                return pending.Count;
            });
        }
    }

    /// <remarks>Under <see cref="_ending"/> with <see cref="Stop"/>: each reads the broadcast afresh and writes only its own fields.</remarks>
    public IReadOnlyList<OutboxEntry> Finish(Broadcast finished, OutgoingMessage report)
    {
        lock (_ending)
        {
            return _db.InTransaction<IReadOnlyList<OutboxEntry>>(() =>
            {
                if (_broadcasts.FindById(finished.Id) is not { FinishedUtc: null } current)
                    return [];
                // Outbox first, then broadcasts: every transaction takes the two collections' locks in the same order.
                var stored = _outbox.Send([report]);
                _broadcasts.Update(current with
                {
                    Delivered = finished.Delivered,
                    Blocked = finished.Blocked,
                    Failed = finished.Failed,
                    Withdrawn = finished.Withdrawn,
                    FinishedUtc = finished.FinishedUtc,
                });
                return stored;
            });
        }
    }

    public AcknowledgeResult Acknowledge(string id, long chatId, DateTime nowUtc) =>
        _db.InTransaction(() =>
        {
            var key = $"{id}:{chatId}";
            if (_acks.FindById(key) is { } earlier)
                return new AcknowledgeResult(AcknowledgeOutcome.AlreadyRecorded, earlier.AtUtc);
            var rowKey = BroadcastKeys.Row(id, chatId);
            if (!_rows.Exists(o => o.DedupeKey == rowKey))
                return new AcknowledgeResult(AcknowledgeOutcome.NotRecipient);
            _acks.Insert(new Acknowledgement { Id = key, BroadcastId = id, ChatId = chatId, AtUtc = nowUtc });
            return new AcknowledgeResult(AcknowledgeOutcome.Recorded, nowUtc);
        });

    public OutboxEntry? FindDelivered(string id, long chatId, int messageId)
    {
        var rounds = Find(id)?.Reminders ?? 0;
        var keys = Enumerable.Range(1, rounds).Select(round => BroadcastKeys.Reminder(id, chatId, round)).Prepend(BroadcastKeys.Row(id, chatId));
        return keys
            .Select(key => _rows.FindOne(o => o.DedupeKey == key))
            .FirstOrDefault(row => row is { Status: OutboxStatus.Sent } && row.TelegramMessageId == messageId);
    }

    public IReadOnlyList<UndeliveredRecipient> ListUndelivered(string id)
    {
        var skipped = Find(id)?.SkippedChats ?? [];
        var failed = _rows.Query()
            .Where(o => o.BroadcastId == id && (o.Status == OutboxStatus.Blocked || o.Status == OutboxStatus.Failed || o.Status == OutboxStatus.Withdrawn))
            .Select(o => new { o.Id, o.ChatId, o.Status })
            .ToList();
        return
        [
            .. skipped.Select(chat => new UndeliveredRecipient(chat, UndeliveredReason.BlockedBefore)),
            // In the order they were queued, which is the recipients' order (unit, then role).
            .. failed.OrderBy(o => o.Id).Select(o => new UndeliveredRecipient(o.ChatId, Reason(o.Status))),
        ];
    }

    private static UndeliveredReason Reason(OutboxStatus status) => status switch
    {
        OutboxStatus.Blocked => UndeliveredReason.Blocked,
        OutboxStatus.Withdrawn => UndeliveredReason.Withdrawn,
        _ => UndeliveredReason.Failed,
    };

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
