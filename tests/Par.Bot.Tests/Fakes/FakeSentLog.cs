using System.Text;

namespace Par.Bot.Tests.Fakes;

/// <summary>Everything the bot sent, and which of it tests have already taken with a Wait call.</summary>
internal sealed class FakeSentLog
{
    private readonly Lock gate = new();
    private readonly List<SentMessage> all = [];
    private readonly HashSet<long> taken = [];
    private readonly ChangeSignal changed = new();

    public IReadOnlyList<SentMessage> All
    {
        get { lock (gate) return [.. all]; }
    }

    public SentMessage Add(SentMessage message)
    {
        lock (gate)
        {
            message = message with { Sequence = all.Count + 1 };
            all.Add(message);
        }
        changed.Pulse();
        return message;
    }

    public IReadOnlyList<SentMessage> To(long chatId)
    {
        lock (gate) return [.. all.Where(message => message.ChatId == chatId)];
    }

    public void Clear()
    {
        lock (gate)
        {
            all.Clear();
            taken.Clear();
        }
    }

    /// <summary>The earliest message to the chat not taken yet that matches; it is then taken.</summary>
    public async Task<SentMessage> TakeNext(long chatId, Func<SentMessage, bool> predicate, TimeSpan timeout)
    {
        SentMessage? found = null;
        bool TryTake()
        {
            lock (gate)
            {
                found = all.FirstOrDefault(m => m.ChatId == chatId && !taken.Contains(m.Sequence) && predicate(m));
                if (found is not null)
                    taken.Add(found.Sequence);
                return found is not null;
            }
        }
        return await changed.WaitUntil(TryTake, timeout)
            ? found!
            : throw new TimeoutException(Explain($"a message to chat {chatId} matching the predicate", chatId, timeout));
    }

    /// <summary>The next <paramref name="count"/> messages to the chat not taken yet; they are then taken.</summary>
    public async Task<IReadOnlyList<SentMessage>> TakeNext(long chatId, int count, TimeSpan timeout)
    {
        IReadOnlyList<SentMessage> found = [];
        bool TryTake()
        {
            lock (gate)
            {
                var fresh = all.Where(m => m.ChatId == chatId && !taken.Contains(m.Sequence)).Take(count).ToList();
                if (fresh.Count < count)
                    return false;
                taken.UnionWith(fresh.Select(m => m.Sequence));
                found = fresh;
                return true;
            }
        }
        return await changed.WaitUntil(TryTake, timeout)
            ? found
            : throw new TimeoutException(Explain($"{count} new message(s) to chat {chatId}", chatId, timeout));
    }

    private string Explain(string wanted, long chatId, TimeSpan timeout)
    {
        lock (gate)
        {
            var toChat = all.Where(m => m.ChatId == chatId).ToList();
            var text = new StringBuilder($"Waited {timeout.TotalSeconds:0.#} s for {wanted}. ");
            text.Append(toChat.Count == 0 ? $"Nothing was sent to chat {chatId}." : $"Sent to chat {chatId} ({toChat.Count}):");
            foreach (var message in toChat)
                text.Append("\n  ").Append(message).Append(taken.Contains(message.Sequence) ? "  [already taken]" : "");
            var otherChats = all.Select(m => m.ChatId).Where(id => id != chatId).Distinct().ToList();
            if (otherChats.Count > 0)
                text.Append($"\nOther chats with messages: {string.Join(", ", otherChats)}.");
            return text.ToString();
        }
    }
}
