namespace Par.Bot.Telegram;

/// <summary>
/// When Par last heard from the Bot API about updates: a getUpdates that answered, a webhook request, or a check
/// that the webhook is still registered. Readiness reads it; the poller and the webhook write it.
/// </summary>
public sealed class UpdateHeartbeat(TimeProvider clock)
{
    private long _lastTicks;

    public void Beat() => Interlocked.Exchange(ref _lastTicks, clock.GetUtcNow().UtcTicks);

    /// <summary>Null until the first contact.</summary>
    public DateTimeOffset? Last => Interlocked.Read(ref _lastTicks) is var ticks and > 0 ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;
}
