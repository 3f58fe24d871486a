using Par.Core.Outbox;

namespace Par.Bot.Telegram.Sending;

/// <summary>
/// Decides which pending message may leave now: at most N in any one-second window overall, one at a time
/// and at most one per interval for each chat, replies before reminders before broadcasts, and nothing
/// while Telegram asked us to wait (429). Not thread-safe: the dispatcher locks around it.
/// </summary>
public sealed class SendScheduler(int messagesPerSecond, TimeSpan perChatInterval)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private readonly Dictionary<long, ChatQueue> _chats = [];
    private readonly Queue<DateTimeOffset> _recentSends = new();
    private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;

    public int PendingCount { get; private set; }

    public void Add(OutboxEntry entry)
    {
        if (!_chats.TryGetValue(entry.ChatId, out var chat))
            _chats[entry.ChatId] = chat = new ChatQueue();
        chat.Items.Enqueue(entry, ((int)entry.Priority, entry.Id));
        PendingCount++;
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
        while (_recentSends.Count > 0 && now - _recentSends.Peek() >= Window)
            _recentSends.Dequeue();
        if (_recentSends.Count >= messagesPerSecond)
        {
            wait = _recentSends.Peek() + Window - now;
            return null;
        }
        var best = FindBest(now, ref wait);
        if (best is null)
            return null;
        var entry = best.Items.Dequeue();
        best.InFlight = true;
        best.NextAllowed = now + perChatInterval;
        _recentSends.Enqueue(now);
        PendingCount--;
        return entry;
    }

    /// <summary>Ends a send; <paramref name="retry"/> is put back in the chat's queue when the message must go again.</summary>
    public void Complete(long chatId, OutboxEntry? retry = null)
    {
        if (!_chats.TryGetValue(chatId, out var chat))
            return;
        chat.InFlight = false;
        if (retry is not null)
            Add(retry);
        else if (chat.Items.Count == 0)
            _chats.Remove(chatId);
    }

    public void PauseUntil(DateTimeOffset until)
    {
        if (until > _pausedUntil)
            _pausedUntil = until;
    }

    private ChatQueue? FindBest(DateTimeOffset now, ref TimeSpan wait)
    {
        ChatQueue? best = null;
        (int, long) bestKey = (int.MaxValue, long.MaxValue);
        foreach (var chat in _chats.Values)
        {
            if (chat.InFlight || !chat.Items.TryPeek(out var head, out var key))
                continue;
            var readyAt = Max(chat.NextAllowed, new DateTimeOffset(DateTime.SpecifyKind(head.NextAttemptUtc, DateTimeKind.Utc)));
            if (readyAt > now)
            {
                if (readyAt - now < wait)
                    wait = readyAt - now;
                continue;
            }
            if (key.CompareTo(bestKey) < 0)
            {
                best = chat;
                bestKey = key;
            }
        }
        return best;
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private sealed class ChatQueue
    {
        public PriorityQueue<OutboxEntry, (int, long)> Items { get; } = new();
        public bool InFlight { get; set; }
        public DateTimeOffset NextAllowed { get; set; } = DateTimeOffset.MinValue;
    }
}
