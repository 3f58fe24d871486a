using Microsoft.Extensions.Options;
using Par.Bot.Telegram.Sending;
using Par.Core.Members;
using Par.Core.Outbox;

namespace Par.Bot.Telegram;

/// <summary>
/// The one gateway every message leaves through. Rows are stored in the outbox before they get here and
/// marked sent after Telegram confirms them, so a crash repeats at most the sends in flight
/// (<see cref="GatewayOptions.MaxInFlight"/>) and loses none.
/// </summary>
public sealed class OutboxDispatcher(
    IOutboxStore outbox,
    IMemberStore members,
    TelegramSender sender,
    IOptions<GatewayOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private readonly GatewayOptions _options = options.Value;
    private readonly SendScheduler _scheduler = new(options.Value.MessagesPerSecond, TimeSpan.FromMilliseconds(options.Value.PerChatIntervalMs));
    private readonly SemaphoreSlim _wake = new(0);
    private readonly object _lock = new();
    // Rows queued or in flight. At start-up a row can arrive twice — from the pending list and from whoever
    // just stored it (a reminder catching up) — and must still be sent once.
    private readonly HashSet<long> _accepted = [];
    private int _inFlight;

    /// <summary>Raised after a row reaches its final state (sent, blocked or failed).</summary>
    public event Action<OutboxEntry>? Finished;

    /// <summary>Hands freshly stored rows to the gateway.</summary>
    public void Accept(IEnumerable<OutboxEntry> entries)
    {
        var any = false;
        lock (_lock)
        {
            foreach (var entry in entries)
            {
                if (!_accepted.Add(entry.Id))
                    continue;
                _scheduler.Add(entry);
                any = true;
            }
        }
        if (any)
            Wake();
    }

    public int Pending
    {
        get
        {
            lock (_lock)
                return _scheduler.PendingCount + _inFlight;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Accept(outbox.ListPending());
        var sends = new List<Task>();
        while (!stoppingToken.IsCancellationRequested)
        {
            OutboxEntry? entry = null;
            var wait = TimeSpan.FromSeconds(1);
            lock (_lock)
            {
                if (_inFlight < _options.MaxInFlight)
                    entry = _scheduler.TakeNext(clock.GetUtcNow(), out wait);
                if (entry is not null)
                    _inFlight++;
            }
            if (entry is null)
            {
                await WaitAsync(wait, stoppingToken);
                continue;
            }
            sends.RemoveAll(t => t.IsCompleted);
            sends.Add(SendAsync(entry));
        }
        // Let the sends in flight finish so their rows are marked; nothing new starts.
        await Task.WhenAll(sends);
    }

    private async Task SendAsync(OutboxEntry entry)
    {
        OutboxEntry? retry = null;
        try
        {
            var outcome = await sender.SendAsync(entry, CancellationToken.None);
            retry = Record(entry, outcome);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Outbox message {Id} could not be recorded; it stays pending", entry.Id);
        }
        finally
        {
            lock (_lock)
            {
                _inFlight--;
                _scheduler.Complete(entry.ChatId, retry);
                if (retry is null)
                    _accepted.Remove(entry.Id);
            }
            Wake();
        }
    }

    /// <summary>Stores what became of the row; returns the row when it must go again.</summary>
    private OutboxEntry? Record(OutboxEntry entry, SendOutcome outcome)
    {
        var now = clock.GetUtcNow();
        switch (outcome.Kind)
        {
            case SendResultKind.Sent:
                return Final(entry with { Status = OutboxStatus.Sent, SentUtc = now.UtcDateTime, TelegramMessageId = outcome.MessageId, Attempts = entry.Attempts + 1 });
            case SendResultKind.RetryAfter:
                logger.LogWarning("Telegram asked to wait {Seconds} s (429); all sending pauses", outcome.RetryAfter.TotalSeconds);
                lock (_lock)
                    _scheduler.PauseUntil(now + outcome.RetryAfter);
                return entry;
            case SendResultKind.Blocked:
                logger.LogInformation("Chat {ChatId} blocked the bot; marked unreachable", entry.ChatId);
                members.MarkUnreachable(entry.ChatId);
                return Final(entry with { Status = OutboxStatus.Blocked, Error = outcome.Error });
            case SendResultKind.Transient when entry.Attempts + 1 < _options.MaxAttempts:
                var delay = Backoff(entry.Attempts + 1);
                logger.LogWarning("Sending outbox message {Id} failed ({Error}); retry {Attempt} in {Delay}", entry.Id, outcome.Error, entry.Attempts + 1, delay);
                var again = entry with { Attempts = entry.Attempts + 1, NextAttemptUtc = (now + delay).UtcDateTime, Error = outcome.Error };
                outbox.Update(again);
                return again;
            default:
                logger.LogError("Outbox message {Id} to chat {ChatId} failed for good: {Error}", entry.Id, entry.ChatId, outcome.Error);
                return Final(entry with { Status = OutboxStatus.Failed, Attempts = entry.Attempts + 1, Error = outcome.Error });
        }
    }

    private OutboxEntry? Final(OutboxEntry entry)
    {
        outbox.Update(entry);
        Finished?.Invoke(entry);
        return null;
    }

    /// <summary>1 s, 2 s, 4 s … capped at a minute, with jitter so retries do not arrive together.</summary>
    private static TimeSpan Backoff(int attempt) =>
        TimeSpan.FromMilliseconds(Math.Min(60_000, 1000 * Math.Pow(2, attempt - 1)) * (0.8 + Random.Shared.NextDouble() * 0.4));

    private void Wake()
    {
        if (_wake.CurrentCount == 0)
            _wake.Release();
    }

    private async Task WaitAsync(TimeSpan wait, CancellationToken stoppingToken)
    {
        var bounded = wait < TimeSpan.FromMilliseconds(1) ? TimeSpan.FromMilliseconds(1) : wait > TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : wait;
        try
        {
            // A real-time wait bounded to a second: the clock decides readiness, this only naps between checks.
            await _wake.WaitAsync(bounded, stoppingToken);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
