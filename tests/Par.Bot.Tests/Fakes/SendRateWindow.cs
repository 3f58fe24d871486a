using System.Diagnostics;

namespace Par.Bot.Tests.Fakes;

/// <summary>Telegram's global flood limit: at most <see cref="Limit"/> sends in any rolling second.</summary>
internal sealed class SendRateWindow
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private readonly Lock gate = new();
    private readonly Queue<long> accepted = new();
    private int rejected;

    /// <summary>Null switches the limit off.</summary>
    public int? Limit { get; set; }

    public int Rejected => Volatile.Read(ref rejected);

    public bool TryAcquire()
    {
        if (Limit is not int limit)
            return true;
        lock (gate)
        {
            var now = Stopwatch.GetTimestamp();
            while (accepted.Count > 0 && Stopwatch.GetElapsedTime(accepted.Peek(), now) >= Window)
                accepted.Dequeue();
            if (accepted.Count >= limit)
            {
                rejected++;
                return false;
            }
            accepted.Enqueue(now);
            return true;
        }
    }

    public void Reset()
    {
        lock (gate)
        {
            accepted.Clear();
            rejected = 0;
        }
    }
}
