namespace Par.Bot.Tests.Hosting;

/// <summary>
/// Real time plus an offset the test moves forward: deadlines and schedules jump ahead without sleeping,
/// while the gateway's pacing (which waits in real time) keeps working.
/// </summary>
public sealed class TestClock : TimeProvider
{
    private long _offsetTicks;

    public TestClock(DateTimeOffset? start = null)
    {
        if (start is { } at)
            _offsetTicks = (at - System.GetUtcNow()).Ticks;
    }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

    /// <summary>Moves the clock to a wall time in Vietnam (UTC+7).</summary>
    public void SetVietnamTime(DateTime local) =>
        Interlocked.Exchange(ref _offsetTicks, (new DateTimeOffset(local, TimeSpan.FromHours(7)) - System.GetUtcNow()).Ticks);
}
