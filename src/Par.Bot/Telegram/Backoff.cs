namespace Par.Bot.Telegram;

/// <summary>
/// The one rule for waiting before trying again: <see cref="First"/> after the first failure, doubling after each
/// further one up to <see cref="Max"/>, spread by ±<see cref="Jitter"/> (a fraction) so that retries started by one
/// event do not all arrive together.
/// </summary>
public sealed record Backoff(TimeSpan First, TimeSpan Max, double Jitter = 0)
{
    /// <summary>How long to wait after the given number of failures in a row (1 for the first).</summary>
    public TimeSpan After(int failures)
    {
        var doubled = First.TotalMilliseconds * Math.Pow(2, Math.Max(0, failures - 1));
        var spread = Jitter == 0 ? 1 : 1 - Jitter + Random.Shared.NextDouble() * 2 * Jitter;
        return TimeSpan.FromMilliseconds(Math.Min(Max.TotalMilliseconds, doubled) * spread);
    }
}
