using System.Diagnostics;

namespace Par.Bot.Tests.Fakes;

/// <summary>Wakes every waiter when some state changed, so waits re-check their condition instead of sleeping.</summary>
internal sealed class ChangeSignal
{
    private TaskCompletionSource _next = NewSource();

    /// <summary>Completes at the next pulse; take it before checking the state, so a change in between is not missed.</summary>
    public Task Next => Volatile.Read(ref _next).Task;

    public void Pulse() => Interlocked.Exchange(ref _next, NewSource()).TrySetResult();

    /// <summary>True once <paramref name="condition"/> holds, false when <paramref name="timeout"/> passes first.</summary>
    public async Task<bool> WaitUntil(Func<bool> condition, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            // Take the pulse before checking, so a change between the check and the await still wakes us.
            var pulse = Volatile.Read(ref _next).Task;
            if (condition())
                return true;
            var remaining = timeout - Stopwatch.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero)
                return false;
            try
            {
                await pulse.WaitAsync(remaining, cancellationToken);
            }
            catch (TimeoutException)
            {
                return condition();
            }
        }
    }

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
