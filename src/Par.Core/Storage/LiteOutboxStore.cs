using Par.Core.Outbox;

namespace Par.Core.Storage;

internal sealed class LiteOutboxStore(ParDatabase db) : IOutboxStore
{
    private readonly LiteDB.ILiteCollection<OutboxEntry> _outbox = db.Collection<OutboxEntry>(Collections.Outbox);

    /// <summary>Inserts inside the caller's transaction (skipping any message whose dedupe key is already stored); <see cref="LiteOutbox"/> hands the rows over.</summary>
    internal IReadOnlyList<OutboxEntry> Insert(IEnumerable<OutgoingMessage> messages, DateTime nowUtc)
    {
        var stored = new List<OutboxEntry>();
        foreach (var message in messages)
        {
            if (message.DedupeKey is { } key && _outbox.Exists(o => o.DedupeKey == key))
                continue;
            var parts = Parts(message);
            for (var i = 0; i < parts.Count; i++)
            {
                var last = i == parts.Count - 1;
                var entry = ToEntry(message, parts[i], nowUtc) with
                {
                    Buttons = last ? message.Buttons.Select(row => row.ToList()).ToList() : [],
                    Attachment = i == 0 ? message.Attachment : null,
                    // Only the first part replaces the edited message; the rest follow as new messages.
                    EditMessageId = i == 0 ? message.EditMessageId : null,
                };
                var id = _outbox.Insert(entry);
                stored.Add(entry with { Id = id.AsInt64 });
            }
        }
        return stored;
    }

    /// <summary>
    /// The texts of the message's rows: a caption over Telegram's 1024 characters leaves the file without a caption
    /// and follows it as text; any text over 4096 is split at line boundaries (both measured as Telegram does, after the markup).
    /// </summary>
    private static IReadOnlyList<string> Parts(OutgoingMessage message) =>
        message.Attachment is not null && MessageSplitter.PlainLength(message.Text) > MessageSplitter.CaptionLimit
            ? ["", .. MessageSplitter.Split(message.Text)]
            : MessageSplitter.Split(message.Text);

    public int Prune(DateTime createdBeforeUtc) =>
        _outbox.DeleteMany(o => o.Status != OutboxStatus.Pending && o.CreatedUtc < createdBeforeUtc);

    /// <summary>
    /// In the order stored: the status index returns rows of equal status in no set order, and the gateway queues
    /// each chat's rows in the order of this list.
    /// </summary>
    public IReadOnlyList<OutboxEntry> ListPending() =>
        [.. _outbox.Find(o => o.Status == OutboxStatus.Pending).OrderBy(o => o.Id)];

    public OutboxBacklog Backlog()
    {
        var pending = _outbox.Query().Where(o => o.Status == OutboxStatus.Pending).Select(o => new { o.Priority, o.CreatedUtc, o.BroadcastId }).ToList();
        var counts = Enum.GetValues<Priority>().ToDictionary(p => p, p => pending.Count(o => o.Priority == p));
        var broadcasts = pending.Select(o => o.BroadcastId).Where(id => id is not null).Distinct().Count();
        return new OutboxBacklog(counts, pending.Count == 0 ? null : pending.Min(o => o.CreatedUtc), broadcasts);
    }

    public OutboxEntry? Find(long id) => _outbox.FindById(id);

    public void Update(OutboxEntry entry) => _outbox.Update(entry);

    public IReadOnlyList<OutboxEntry> ListByBroadcast(string broadcastId) =>
        _outbox.Find(o => o.BroadcastId == broadcastId).ToList();

    public IReadOnlyList<string> DedupeKeys(string prefix) =>
        [.. _outbox.Find(LiteDB.Query.StartsWith(nameof(OutboxEntry.DedupeKey), prefix)).OrderBy(o => o.Id).Select(o => o.DedupeKey!)];

    private static OutboxEntry ToEntry(OutgoingMessage message, string text, DateTime nowUtc) => new()
    {
        ChatId = message.ChatId,
        Text = text,
        Priority = message.Priority,
        DedupeKey = message.DedupeKey,
        BroadcastId = message.BroadcastId,
        Status = OutboxStatus.Pending,
        CreatedUtc = nowUtc,
        NextAttemptUtc = nowUtc,
    };
}
