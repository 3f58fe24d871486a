using System.Text;

namespace Par.Bot.Tests.Fakes;

/// <summary>Everything the bot sent, and which of it tests have already taken with a Wait call.</summary>
internal sealed class FakeSentLog
{
    private readonly Lock _gate = new();
    private readonly List<SentMessage> _all = [];
    private readonly HashSet<long> _taken = [];
    private readonly ChangeSignal _changed = new();

    public IReadOnlyList<SentMessage> All
    {
        get { lock (_gate) return [.. _all]; }
    }

    public SentMessage Add(SentMessage message)
    {
        lock (_gate)
        {
            message = message with { Sequence = _all.Count + 1 };
            _all.Add(message);
        }
        _changed.Pulse();
        return message;
    }

    public IReadOnlyList<SentMessage> To(long chatId)
    {
        lock (_gate) return [.. _all.Where(message => message.ChatId == chatId)];
    }

    public void Clear()
    {
        lock (_gate)
        {
            _all.Clear();
            _taken.Clear();
        }
    }

    /// <summary>The earliest message to the chat not taken yet that matches; it is then taken.</summary>
    public async Task<SentMessage> TakeNext(long chatId, Func<SentMessage, bool> predicate, TimeSpan timeout)
    {
        SentMessage? found = null;
        bool TryTake()
        {
            lock (_gate)
            {
                found = _all.FirstOrDefault(m => m.ChatId == chatId && !_taken.Contains(m.Sequence) && predicate(m));
                if (found is not null)
                    _taken.Add(found.Sequence);
                return found is not null;
            }
        }
        return await _changed.WaitUntil(TryTake, timeout)
            ? found!
            : throw new TimeoutException(Explain($"a message to chat {chatId} matching the predicate", chatId, timeout));
    }

    /// <summary>The next <paramref name="count"/> messages to the chat not taken yet; they are then taken.</summary>
    public async Task<IReadOnlyList<SentMessage>> TakeNext(long chatId, int count, TimeSpan timeout)
    {
        IReadOnlyList<SentMessage> found = [];
        bool TryTake()
        {
            lock (_gate)
            {
                var fresh = _all.Where(m => m.ChatId == chatId && !_taken.Contains(m.Sequence)).Take(count).ToList();
                if (fresh.Count < count)
                    return false;
                _taken.UnionWith(fresh.Select(m => m.Sequence));
                found = fresh;
                return true;
            }
        }
        return await _changed.WaitUntil(TryTake, timeout)
            ? found
            : throw new TimeoutException(Explain($"{count} new message(s) to chat {chatId}", chatId, timeout));
    }

    private string Explain(string wanted, long chatId, TimeSpan timeout)
    {
        lock (_gate)
        {
            var toChat = _all.Where(m => m.ChatId == chatId).ToList();
            var text = new StringBuilder($"Waited {timeout.TotalSeconds:0.#} s for {wanted}. ");
            text.Append(toChat.Count == 0 ? $"Nothing was sent to chat {chatId}." : $"Sent to chat {chatId} ({toChat.Count}):");
            foreach (var message in toChat)
                text.Append("\n  ").Append(message).Append(_taken.Contains(message.Sequence) ? "  [already taken]" : "");
            var otherChats = _all.Select(m => m.ChatId).Where(id => id != chatId).Distinct().ToList();
            if (otherChats.Count > 0)
                text.Append($"\nOther chats with messages: {string.Join(", ", otherChats)}.");
            return text.ToString();
        }
    }
}
