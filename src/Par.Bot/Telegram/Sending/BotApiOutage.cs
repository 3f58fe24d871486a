namespace Par.Bot.Telegram.Sending;

/// <summary>
/// Tells an outage of the Bot API from one failed message. Two failures in a row with no answer between mean the API
/// is down: all sending pauses, 1 s, then 2 s, 4 s … up to 30 s while it stays down, so an outage costs one probe per
/// pause instead of an attempt of every queued message. The sends already in flight when a pause begins fail with it
/// and do not lengthen it. Not thread-safe: the dispatcher locks around it.
/// </summary>
internal sealed class BotApiOutage
{
    private const int FailuresBeforePause = 2;
    private static readonly Backoff Pause = new(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), Jitter: 0.2);
    private int _failures;
    private int _pauses;
    private DateTimeOffset _pausedAt = DateTimeOffset.MinValue;
    private DateTimeOffset _since;

    /// <summary>A send begun at <paramref name="started"/> got no usable answer; returns until when all sending pauses, or null for no pause.</summary>
    public DateTimeOffset? Failed(DateTimeOffset started, DateTimeOffset now)
    {
        if (started < _pausedAt)
            return null;
        if (_failures++ == 0)
            _since = now;
        if (_failures < FailuresBeforePause)
            return null;
        _pausedAt = now;
        return now + Pause.After(++_pauses);
    }

    /// <summary>The API answered; returns how long it had been down, or null when sending had not paused.</summary>
    public TimeSpan? Answered(DateTimeOffset now)
    {
        TimeSpan? down = _pauses > 0 ? now - _since : null;
        _failures = 0;
        _pauses = 0;
        return down;
    }
}
