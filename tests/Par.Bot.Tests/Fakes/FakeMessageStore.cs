using System.Text.Json;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Par.Bot.Tests.Fakes;

/// <summary>Message ids, the bot's messages by chat, and open callback queries.</summary>
internal sealed class FakeMessageStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(long ChatId, int MessageId), FakeStoredMessage> _messages = [];
    private readonly Dictionary<string, (long ChatId, int MessageId)> _openCallbacks = [];
    private int _lastMessageId;
    private int _lastCallbackId;

    public int NextMessageId() => Interlocked.Increment(ref _lastMessageId);

    public void Save(FakeStoredMessage stored)
    {
        lock (_gate)
            _messages[(stored.Message.Chat.Id, stored.Message.Id)] = stored with { Message = Copy(stored.Message) };
    }

    /// <summary>A copy, so later edits never change an update already queued.</summary>
    public FakeStoredMessage? Find(long chatId, int messageId)
    {
        lock (_gate)
        {
            return _messages.GetValueOrDefault((chatId, messageId)) is { } stored
                ? stored with { Message = Copy(stored.Message) }
                : null;
        }
    }

    public bool Remove(long chatId, int messageId)
    {
        lock (_gate) return _messages.Remove((chatId, messageId));
    }

    public string OpenCallback(long chatId, int messageId)
    {
        lock (_gate)
        {
            var id = $"{4_000_000_000_000 + ++_lastCallbackId}";
            _openCallbacks[id] = (chatId, messageId);
            return id;
        }
    }

    public (long ChatId, int MessageId)? FindCallback(string callbackQueryId)
    {
        lock (_gate) return _openCallbacks.TryGetValue(callbackQueryId, out var target) ? target : null;
    }

    /// <summary>Telegram accepts one answer per callback query, so answering closes it.</summary>
    public (long ChatId, int MessageId)? CloseCallback(string callbackQueryId)
    {
        lock (_gate) return _openCallbacks.Remove(callbackQueryId, out var target) ? target : null;
    }

    public static Message Copy(Message message) =>
        JsonSerializer.Deserialize<Message>(JsonSerializer.Serialize(message, JsonBotAPI.Options), JsonBotAPI.Options)!;
}
