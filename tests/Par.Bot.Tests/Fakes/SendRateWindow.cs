using System.Diagnostics;

namespace Par.Bot.Tests.Fakes;

/// <summary>Telegram's global flood limit: at most <see cref="Limit"/> sends in any rolling second.</summary>
internal sealed class SendRateWindow
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private readonly Lock _gate = new();
    private readonly Queue<long> _accepted = new();
    private int _rejected;

    /// <summary>Null switches the limit off.</summary>
    public int? Limit { get; set; }

    public int Rejected => Volatile.Read(ref _rejected);

    public bool TryAcquire()
    {
        if (Limit is not int limit)
            return true;
        lock (_gate)
        {
            var now = Stopwatch.GetTimestamp();
            while (_accepted.Count > 0 && Stopwatch.GetElapsedTime(_accepted.Peek(), now) >= Window)
                _accepted.Dequeue();
            if (_accepted.Count >= limit)
            {
                _rejected++;
                return false;
            }
            _accepted.Enqueue(now);
            return true;
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _accepted.Clear();
            _rejected = 0;
        }
    }
}
