namespace Par.Bot.Tests.Hosting;

/// <summary>
/// A timer of <see cref="TestClock"/> that fires when its due time comes by the clock: in real time as usual, or at
/// once when the test advances the clock past it. Lock order: the timer's, then the clock's.
/// </summary>
internal sealed class AdvancingTimer : ITimer
{
    private readonly TestClock _clock;
    private readonly TimerCallback _callback;
    private readonly object? _state;
    private readonly Timer _real;
    private readonly Lock _gate = new();
    private DateTimeOffset? _dueAt;
    private TimeSpan _period;

    public AdvancingTimer(TestClock clock, TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        _clock = clock;
        _callback = callback;
        _state = state;
        _real = new Timer(_ => FireIfDue(), null, Timeout.Infinite, Timeout.Infinite);
        Change(dueTime, period);
    }

    public bool Change(TimeSpan dueTime, TimeSpan period)
    {
        var active = dueTime != Timeout.InfiniteTimeSpan;
        lock (_gate)
        {
            _period = period;
            _dueAt = active ? _clock.GetUtcNow() + dueTime : null;
            _real.Change(dueTime, Timeout.InfiniteTimeSpan);
            _clock.Track(this, active);
        }
        return true;
    }

    /// <summary>Runs the callback (on the thread pool, as a timer does) when the clock has reached the due time.</summary>
    public void FireIfDue()
    {
        lock (_gate)
        {
            var now = _clock.GetUtcNow();
            if (_dueAt is not { } due || now < due)
            {
                // The real timer can run a little early by the clock's reckoning; it waits for the rest.
                if (_dueAt is { } later)
                    _real.Change(later - now, Timeout.InfiniteTimeSpan);
                return;
            }
            var periodic = _period > TimeSpan.Zero && _period != Timeout.InfiniteTimeSpan;
            _dueAt = periodic ? now + _period : null;
            _real.Change(periodic ? _period : Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            _clock.Track(this, periodic);
        }
        ThreadPool.UnsafeQueueUserWorkItem(_ => _callback(_state), null);
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _dueAt = null;
            _clock.Track(this, false);
        }
        _real.Dispose();
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
