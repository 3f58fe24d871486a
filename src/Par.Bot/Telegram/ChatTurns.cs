namespace Par.Bot.Telegram;

/// <summary>
/// One update of a chat at a time, whoever brings it: a poll's batch or concurrent webhook requests. Entries live only
/// while a chat has updates in hand, so the table stays as small as the chats being served.
/// </summary>
internal sealed class ChatTurns
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, Turn> _turns = [];

    /// <summary>Waits for the chat's turn; disposing the result hands it to the next waiter.</summary>
    public async Task<IDisposable> EnterAsync(long chatId)
    {
        Turn turn;
        lock (_gate)
        {
            if (!_turns.TryGetValue(chatId, out turn!))
                _turns[chatId] = turn = new Turn(this, chatId);
            turn.Users++;
        }
        await turn.Gate.WaitAsync();
        return turn;
    }

    private void Leave(Turn turn)
    {
        lock (_gate)
        {
            if (--turn.Users == 0)
                _turns.Remove(turn.ChatId);
        }
        turn.Gate.Release();
    }

    private sealed class Turn(ChatTurns owner, long chatId) : IDisposable
    {
        public long ChatId { get; } = chatId;
        public SemaphoreSlim Gate { get; } = new(1, 1);
        public int Users { get; set; }

        public void Dispose() => owner.Leave(this);
    }
}
