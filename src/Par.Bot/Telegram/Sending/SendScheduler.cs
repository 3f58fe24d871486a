using Par.Core.Outbox;

namespace Par.Bot.Telegram.Sending;

/// <summary>
/// Decides which pending message may leave now: at most N in any one-second window overall, of which reminders and
/// broadcasts (bulk mail) take at most N − R, one at a time and at most one per interval for each chat, replies before
/// reminders before broadcasts, and nothing while Telegram asked us to wait (429). Not thread-safe: the dispatcher
/// locks around it.
/// </summary>
/// <remarks>
/// A send holds its place in the window from the moment it is taken until one second after it completes.
/// Telegram sees the request somewhere in between, so counting from either end alone lets network jitter
/// put N + 1 requests into one of Telegram's seconds; holding the place until completion + 1 s cannot.
/// A reply leaves as soon as the window has a place: the R places bulk mail may not take are kept for replies, so a
/// broadcast does not make the person who just wrote wait. Bulk mail is spread 1/(N − R) s apart rather than sent
/// N − R at once: a burst would fill every send in flight, and a reply would wait behind it for Telegram's answers.
/// </remarks>
public sealed class SendScheduler(int messagesPerSecond, int replyReserve, TimeSpan perChatInterval)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private readonly Dictionary<long, ChatQueue> _chats = [];
    private readonly HashSet<long> _known = [];
    /// <summary>Places in the window: null while the send is in flight, else when the place frees up.</summary>
    private readonly List<WindowSlot> _window = [];
    private readonly int _bulkLimit = messagesPerSecond - replyReserve;
    private readonly TimeSpan _bulkSpacing = Window / (messagesPerSecond - replyReserve);
    private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;
    private DateTimeOffset _nextBulkAt = DateTimeOffset.MinValue;

    public int PendingCount { get; private set; }

    /// <summary>Queues a stored row; a row already queued or in flight (same id) is ignored, so handing it over twice sends it once.</summary>
    public void Add(OutboxEntry entry)
    {
        if (_known.Add(entry.Id))
            Enqueue(entry);
    }

    /// <summary>Forgets the queued rows of a stopped broadcast; one in flight completes as usual.</summary>
    public void Withdraw(string broadcastId)
    {
        foreach (var chat in _chats.Values)
        {
            var kept = chat.Items.UnorderedItems.Where(item => item.Element.BroadcastId != broadcastId).ToList();
            if (kept.Count == chat.Items.Count)
                continue;
            foreach (var (entry, _) in chat.Items.UnorderedItems.Where(item => item.Element.BroadcastId == broadcastId))
                _known.Remove(entry.Id);
            PendingCount -= chat.Items.Count - kept.Count;
            chat.Items.Clear();
            chat.Items.EnqueueRange(kept);
        }
    }

    /// <summary>The message to send now, or null and how long until one may be ready.</summary>
    public OutboxEntry? TakeNext(DateTimeOffset now, out TimeSpan wait)
    {
        wait = TimeSpan.FromSeconds(1);
        if (now < _pausedUntil)
        {
            wait = _pausedUntil - now;
            return null;
        }
        _window.RemoveAll(slot => slot.FreeAt <= now);
        if (_window.Count >= messagesPerSecond)
        {
            wait = Min(wait, UntilAPlaceFrees(now));
            return null;
        }
        var bulkWindowFull = _window.Count(slot => slot.Bulk) >= _bulkLimit;
        var best = FindBest(now, bulkMayGo: !bulkWindowFull && now >= _nextBulkAt, ref wait, out var bulkHeld);
        if (bulkHeld)
            wait = Min(wait, bulkWindowFull ? UntilAPlaceFrees(now, bulk: true) : _nextBulkAt - now);
        if (best is null)
            return null;
        var entry = best.Items.Dequeue();
        best.InFlight = new WindowSlot(entry.Id, entry.Priority != Priority.Reply);
        best.NextAllowed = now + perChatInterval;
        // Spaced from the ideal slot, not from when the dispatcher woke: timer lateness would otherwise add up and
        // keep the rate below the limit. The window above still caps any one second.
        if (best.InFlight.Bulk)
            _nextBulkAt = (now - _nextBulkAt < _bulkSpacing ? _nextBulkAt : now) + _bulkSpacing;
        _window.Add(best.InFlight);
        PendingCount--;
        return entry;
    }

    /// <summary>A place held by a send in flight frees on completion, which wakes the dispatcher anyway; this is the next completed one.</summary>
    private TimeSpan UntilAPlaceFrees(DateTimeOffset now, bool bulk = false)
    {
        var next = _window.Where(slot => !bulk || slot.Bulk).Select(slot => slot.FreeAt ?? DateTimeOffset.MaxValue).DefaultIfEmpty(DateTimeOffset.MaxValue).Min();
        return next == DateTimeOffset.MaxValue ? TimeSpan.FromSeconds(1) : next - now;
    }

    /// <summary>Ends the chat's send at <paramref name="now"/>; <paramref name="retry"/> is put back in the chat's queue when the message must go again.</summary>
    public void Complete(long chatId, DateTimeOffset now, OutboxEntry? retry = null)
    {
        if (!_chats.TryGetValue(chatId, out var chat) || chat.InFlight is not { } slot)
            return;
        slot.FreeAt = now + Window;
        chat.InFlight = null;
        if (retry is not null)
            Enqueue(retry);
        else
            _known.Remove(slot.EntryId);
    }

    /// <summary>How long until every send taken so far has left the window.</summary>
    public TimeSpan WindowClearsIn(DateTimeOffset now)
    {
        var last = _window.Select(slot => slot.FreeAt ?? now + Window).DefaultIfEmpty(now).Max();
        return last > now ? last - now : TimeSpan.Zero;
    }

    public void PauseUntil(DateTimeOffset until)
    {
        if (until > _pausedUntil)
            _pausedUntil = until;
    }

    private void Enqueue(OutboxEntry entry)
    {
        if (!_chats.TryGetValue(entry.ChatId, out var chat))
            _chats[entry.ChatId] = chat = new ChatQueue();
        chat.Items.Enqueue(entry, ((int)entry.Priority, entry.Id));
        PendingCount++;
    }

    /// <summary>
    /// The chat whose next message goes first; a chat whose next message is bulk mail only when <paramref name="bulkMayGo"/>
    /// (<paramref name="bulkHeld"/> says one was ready but held back). Scans every chat (fine up to a few thousand with
    /// pending mail); idle chats are forgotten only once their interval has passed, so a new message cannot skip the per-chat gap.
    /// </summary>
    private ChatQueue? FindBest(DateTimeOffset now, bool bulkMayGo, ref TimeSpan wait, out bool bulkHeld)
    {
        ChatQueue? best = null;
        (int, long) bestKey = (int.MaxValue, long.MaxValue);
        List<long>? idle = null;
        bulkHeld = false;
        foreach (var (chatId, chat) in _chats)
        {
            if (chat.InFlight is not null)
                continue;
            if (!chat.Items.TryPeek(out var head, out var key))
            {
                if (chat.NextAllowed <= now)
                    (idle ??= []).Add(chatId);
                continue;
            }
            var readyAt = Max(chat.NextAllowed, AsInstant(head.NextAttemptUtc));
            if (readyAt > now)
            {
                wait = Min(wait, readyAt - now);
                continue;
            }
            if (!bulkMayGo && head.Priority != Priority.Reply)
            {
                bulkHeld = true;
                continue;
            }
            if (key.CompareTo(bestKey) < 0)
            {
                best = chat;
                bestKey = key;
            }
        }
        foreach (var chatId in idle ?? [])
            _chats.Remove(chatId);
        return best;
    }

    /// <summary>Row times are UTC: the store's mapper hands reloaded rows back in UTC, and rows made in memory carry the clock's UTC.</summary>
    private static DateTimeOffset AsInstant(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private sealed class ChatQueue
    {
        public PriorityQueue<OutboxEntry, (int, long)> Items { get; } = new();
        public WindowSlot? InFlight { get; set; }
        public DateTimeOffset NextAllowed { get; set; } = DateTimeOffset.MinValue;
    }

    private sealed class WindowSlot(long entryId, bool bulk)
    {
        public long EntryId { get; } = entryId;
        /// <summary>A reminder or broadcast, which may hold no more than N − R places.</summary>
        public bool Bulk { get; } = bulk;
        public DateTimeOffset? FreeAt { get; set; }
    }
}
