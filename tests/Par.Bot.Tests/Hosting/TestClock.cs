namespace Par.Bot.Tests.Hosting;

/// <summary>
/// Real time plus an offset the test moves forward: deadlines and schedules jump ahead without sleeping,
/// while the gateway's pacing (which waits in real time) keeps working.
/// </summary>
/// <remarks>
/// With <c>timersFollowAdvance</c> the host's waits on this clock (back-off pauses, naps between checks) also end
/// when <see cref="Advance"/> passes their end, so a test can let a minute of outage go by in a moment. It is off by
/// default: a jump of days would otherwise end every wait in the host at once.
/// </remarks>
public sealed class TestClock : TimeProvider
{
    private readonly bool _timersFollowAdvance;
    private readonly Lock _gate = new();
    private readonly HashSet<AdvancingTimer> _timers = [];
    private long _offsetTicks;

    public TestClock(DateTimeOffset? start = null, bool timersFollowAdvance = false)
    {
        if (start is { } at)
            _offsetTicks = (at - System.GetUtcNow()).Ticks;
        _timersFollowAdvance = timersFollowAdvance;
    }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        _timersFollowAdvance ? new AdvancingTimer(this, callback, state, dueTime, period) : base.CreateTimer(callback, state, dueTime, period);

    public void Advance(TimeSpan by)
    {
        Interlocked.Add(ref _offsetTicks, by.Ticks);
        if (!_timersFollowAdvance)
            return;
        List<AdvancingTimer> timers;
        lock (_gate)
            timers = [.. _timers];
        foreach (var timer in timers)
            timer.FireIfDue();
    }

    /// <summary>Moves the clock to a wall time in Vietnam (UTC+7).</summary>
    public void SetVietnamTime(DateTime local) =>
        Interlocked.Exchange(ref _offsetTicks, (new DateTimeOffset(local, TimeSpan.FromHours(7)) - System.GetUtcNow()).Ticks);

    internal void Track(AdvancingTimer timer, bool active)
    {
        lock (_gate)
        {
            if (active)
                _timers.Add(timer);
            else
                _timers.Remove(timer);
        }
    }
}
