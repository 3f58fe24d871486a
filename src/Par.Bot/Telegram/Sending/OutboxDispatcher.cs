using Microsoft.Extensions.Options;
using Par.Bot.Metrics;
using Par.Core.Members;
using Par.Core.Outbox;
using Par.Core.Storage;

namespace Par.Bot.Telegram.Sending;

/// <summary>
/// The one gateway every message leaves through, behind <see cref="IOutbox"/>. Rows are stored in the outbox before they get here and
/// marked sent after Telegram confirms them, so a crash repeats at most the sends in flight
/// (<see cref="SendingOptions.MaxInFlight"/>) and loses none: a killed process cannot know whether
/// Telegram delivered the requests it had open, and sends those rows again when it starts. A graceful
/// stop repeats nothing, as it waits for the sends in flight and records them.
/// </summary>
/// <remarks>
/// Only Telegram's definitive answers (400, 403) end a message. Anything that may pass — no answer, 5xx — sends it
/// again for as long as it is of use: a reply for <see cref="SendingOptions.ReplyLifetimeHours"/> after it was
/// written, then it is dropped with a warning; reminders and broadcasts until delivered. While the API is down the
/// whole gateway pauses (<see cref="BotApiOutage"/>) rather than spend attempts message by message.
/// </remarks>
internal sealed class OutboxDispatcher(
    IOutboxStore outbox,
    IMemberStore members,
    TelegramSender sender,
    ParMetrics metrics,
    IOptions<SendingOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger) : BackgroundService, IOutboxGateway, IDeliveryOutcomes, IBroadcastWithdrawal
{
    private readonly SendingOptions _options = options.Value;
    private readonly TimeSpan _replyLifetime = TimeSpan.FromHours(options.Value.ReplyLifetimeHours);
    private readonly BotApiOutage _outage = new();
    private readonly SendScheduler _scheduler = new(options.Value.MessagesPerSecond, options.Value.ReplyReserve, TimeSpan.FromMilliseconds(options.Value.PerChatIntervalMs));
    private readonly SemaphoreSlim _wake = new(0);
    private readonly object _lock = new();
    private int _inFlight;
    /// <summary>
    /// A send that hangs is abandoned (and retried) after this, so shutdown is never held for long. Real time, like the
    /// HTTP client's own timeout: it guards a connection, not a schedule.
    /// </summary>
    private static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(20);
    private const int RecordAttempts = 5;
    /// <summary>
    /// A message Telegram failed (5xx) waits 1 s, 2 s, 4 s … up to a minute on its own, so one that Telegram keeps
    /// failing does not hold up the rest; jitter spreads the retries of one incident.
    /// </summary>
    private static readonly Backoff SendRetry = new(TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1), Jitter: 0.2);
    private static readonly Backoff RecordRetry = new(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10));
    public static readonly TimeSpan Retention = TimeSpan.FromDays(90);
    private DateTimeOffset _lastPrune = DateTimeOffset.MinValue;

    public event Action<OutboxEntry>? Finished;

    /// <summary>Takes rows once they are committed; a row already queued or in flight is not queued twice.</summary>
    public void HandOver(IReadOnlyList<OutboxEntry> stored)
    {
        lock (_lock)
        {
            foreach (var entry in stored)
                _scheduler.Add(entry);
        }
        if (stored.Count > 0)
            Wake();
    }

    public void Withdraw(string broadcastId)
    {
        lock (_lock)
            _scheduler.Withdraw(broadcastId);
    }

    /// <summary>
    /// Loads the rows left pending by the last run before the next service (the poller) starts, so a row stored
    /// and handed over by a new update cannot also come back from this list and go out twice.
    /// </summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        HandOver(outbox.ListPending());
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var sends = new List<Task>();
        while (!stoppingToken.IsCancellationRequested)
        {
            PruneDaily();
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
        await WaitOutWindowAsync();
    }

    /// <summary>
    /// When mail is left for the next run, waits (at most a second) until this run's sends have left the one-second
    /// window, so a quick restart cannot put a second window's worth on top of them.
    /// </summary>
    private async Task WaitOutWindowAsync()
    {
        TimeSpan wait;
        lock (_lock)
            wait = _scheduler.PendingCount > 0 ? _scheduler.WindowClearsIn(clock.GetUtcNow()) : TimeSpan.Zero;
        if (wait > TimeSpan.Zero)
            await Task.Delay(wait, clock);
    }

    private async Task SendAsync(OutboxEntry entry)
    {
        OutboxEntry? retry = null;
        try
        {
            var started = clock.GetUtcNow();
            // A broadcast's rows wait in the queue for minutes: one its admin stopped meanwhile is withdrawn in the store.
            if (entry.BroadcastId is not null && outbox.Find(entry.Id) is not { Status: OutboxStatus.Pending })
                return;
            if (Expired(entry, started))
            {
                // Left pending by a run that ended long ago: an answer a day late helps nobody.
                retry = await RecordAsync(entry, () => Drop(entry, entry.Error ?? "never sent"));
                return;
            }
            using var timeout = new CancellationTokenSource(SendTimeout);
            var outcome = await sender.SendAsync(entry, timeout.Token);
            metrics.SendFinished(outcome);
            retry = await RecordAsync(entry, () => Record(entry, outcome, started));
        }
        finally
        {
            lock (_lock)
            {
                _inFlight--;
                _scheduler.Complete(entry.ChatId, clock.GetUtcNow(), retry);
            }
            Wake();
        }
    }

    /// <summary>
    /// Stores the outcome, retrying while the store fails: sending again because a write failed would repeat the
    /// message. If the store stays down the row remains pending on disk and goes again after a restart.
    /// </summary>
    private async Task<OutboxEntry?> RecordAsync(OutboxEntry entry, Func<OutboxEntry?> record)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return record();
            }
            catch (StoreFailedException)
            {
                // Par is stopping for a restart (StoreWatchdog said why); the row is still pending in the file.
                logger.LogWarning("Outcome of outbox message {Id} not stored: the store failed; it goes again after the restart", entry.Id);
                return null;
            }
            catch (Exception e) when (attempt < RecordAttempts)
            {
                logger.LogError(e, "Outcome of outbox message {Id} not stored (attempt {Attempt}); retrying", entry.Id, attempt);
                await Task.Delay(RecordRetry.After(attempt), clock);
            }
            catch (Exception e)
            {
                logger.LogCritical(e, "Outcome of outbox message {Id} could not be stored; it stays pending until restart", entry.Id);
                return null;
            }
        }
    }

    /// <summary>Stores what became of the row; returns the row when it must go again.</summary>
    private OutboxEntry? Record(OutboxEntry entry, SendOutcome outcome, DateTimeOffset started)
    {
        var now = clock.GetUtcNow();
        if (outcome.Kind is SendResultKind.Transient or SendResultKind.Unreachable)
            return RecordFailure(entry, outcome, started, now);
        Answered(now);
        switch (outcome.Kind)
        {
            case SendResultKind.Sent:
                // Uploaded bytes are not kept once delivered: the outbox is a log, not a file store.
                return Final(entry with
                {
                    Status = OutboxStatus.Sent,
                    SentUtc = now.UtcDateTime,
                    TelegramMessageId = outcome.MessageId,
                    Attempts = entry.Attempts + 1,
                    Attachment = entry.Attachment is { Content: not null } sent ? sent with { Content = null } : entry.Attachment,
                });
            case SendResultKind.RetryAfter:
                logger.LogWarning("Telegram asked to wait {Seconds} s (429); all sending pauses", outcome.RetryAfter.TotalSeconds);
                lock (_lock)
                    _scheduler.PauseUntil(now + outcome.RetryAfter);
                return entry;
            case SendResultKind.Blocked:
                logger.LogInformation("Chat {ChatId} blocked the bot; marked unreachable", entry.ChatId);
                Final(entry with { Status = OutboxStatus.Blocked, Error = outcome.Error });
                members.MarkUnreachable(entry.ChatId);
                return null;
            default:
                logger.LogError("Outbox message {Id} to chat {ChatId} failed for good: {Error}", entry.Id, entry.ChatId, outcome.Error);
                return Final(entry with { Status = OutboxStatus.Failed, Attempts = entry.Attempts + 1, Error = outcome.Error });
        }
    }

    /// <summary>
    /// The message goes again: one Telegram failed (5xx) after its own back-off, one that never reached Telegram as soon
    /// as the gateway gets through, as the fault was not the message's. A reply past its lifetime is dropped instead.
    /// </summary>
    private OutboxEntry? RecordFailure(OutboxEntry entry, SendOutcome outcome, DateTimeOffset started, DateTimeOffset now)
    {
        PauseIfDown(outcome, started, now);
        // Its broadcast was stopped while it was on its way: it stays withdrawn rather than going again.
        if (entry.BroadcastId is not null && outbox.Find(entry.Id) is { Status: OutboxStatus.Withdrawn })
            return null;
        if (Expired(entry, now))
            return Drop(entry, outcome.Error);
        var attempt = entry.Attempts + 1;
        var retryAt = outcome.Kind == SendResultKind.Transient ? now + SendRetry.After(attempt) : now;
        logger.LogWarning("Sending outbox message {Id} failed ({Error}); attempt {Attempt}, next not before {RetryAt:O}", entry.Id, outcome.Error, attempt, retryAt);
        var again = entry with { Attempts = attempt, NextAttemptUtc = retryAt.UtcDateTime, Error = outcome.Error };
        outbox.Update(again);
        return again;
    }

    private void PauseIfDown(SendOutcome outcome, DateTimeOffset started, DateTimeOffset now)
    {
        DateTimeOffset? until;
        lock (_lock)
        {
            until = _outage.Failed(started, now);
            if (until is { } resume)
                _scheduler.PauseUntil(resume);
        }
        if (until is not null)
            logger.LogWarning("The Bot API is failing or out of reach ({Error}); all sending pauses until {Until:O}", outcome.Error, until);
    }

    private void Answered(DateTimeOffset now)
    {
        TimeSpan? down;
        lock (_lock)
            down = _outage.Answered(now);
        if (down is { } outage)
            logger.LogInformation("The Bot API answers again after {Seconds:0} s; sending resumes", outage.TotalSeconds);
    }

    /// <summary>A reply is of use while the person who wrote still waits for it; reminders and broadcasts always are.</summary>
    private bool Expired(OutboxEntry entry, DateTimeOffset now) =>
        entry.Priority == Priority.Reply && now - new DateTimeOffset(DateTime.SpecifyKind(entry.CreatedUtc, DateTimeKind.Utc)) >= _replyLifetime;

    private OutboxEntry? Drop(OutboxEntry entry, string? error)
    {
        logger.LogWarning(
            "Reply {Id} to chat {ChatId} dropped: not delivered within {Hours} h (Sending:ReplyLifetimeHours); last error: {Error}",
            entry.Id, entry.ChatId, _options.ReplyLifetimeHours, error);
        return Final(entry with { Status = OutboxStatus.Failed, Error = $"Not delivered within {_options.ReplyLifetimeHours} h: {error}" });
    }

    private OutboxEntry? Final(OutboxEntry entry)
    {
        outbox.Update(entry);
        RaiseFinished(entry);
        return null;
    }

    private void RaiseFinished(OutboxEntry entry)
    {
        foreach (var subscriber in Finished?.GetInvocationList() ?? [])
        {
            try
            {
                ((Action<OutboxEntry>)subscriber)(entry);
            }
            catch (Exception e)
            {
                logger.LogError(e, "A subscriber failed on the end of outbox message {Id}", entry.Id);
            }
        }
    }

    /// <summary>Finished rows are kept <see cref="Retention"/> (broadcast reports and acknowledgement lists read them), then deleted.</summary>
    private void PruneDaily()
    {
        var now = clock.GetUtcNow();
        if (now - _lastPrune < TimeSpan.FromDays(1))
            return;
        _lastPrune = now;
        try
        {
            var deleted = outbox.Prune((now - Retention).UtcDateTime);
            if (deleted > 0)
                logger.LogInformation("Deleted {Count} outbox rows finished over {Days} days ago", deleted, Retention.TotalDays);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Pruning the outbox failed; trying again tomorrow");
        }
    }

    private void Wake()
    {
        if (_wake.CurrentCount == 0)
            _wake.Release();
    }

    private async Task WaitAsync(TimeSpan wait, CancellationToken stoppingToken)
    {
        var bounded = wait < TimeSpan.FromMilliseconds(1) ? TimeSpan.FromMilliseconds(1) : wait > TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : wait;
        // A nap of at most a second between checks, on the clock's timer: a clock that jumps (in tests) ends it too.
        using var nap = new CancellationTokenSource(bounded, clock);
        using var napOrStop = CancellationTokenSource.CreateLinkedTokenSource(nap.Token, stoppingToken);
        try
        {
            await _wake.WaitAsync(napOrStop.Token);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
