using System.Diagnostics.Metrics;
using Par.Bot.Handlers.Routing;
using Par.Bot.Backups;
using Par.Bot.Telegram.Sending;
using Par.Core.Outbox;
using Telegram.Bot.Types;

namespace Par.Bot.Metrics;

/// <summary>
/// The meter "Par" and every instrument on it, named after OpenTelemetry's conventions (Prometheus shows
/// <c>par.updates.handled</c> as <c>par_updates_handled_total</c>). Labels take a handful of fixed values each:
/// never user text, user or chat ids, so a scrape stays small whatever people type.
/// </summary>
/// <remarks>
/// OpenTelemetry listens to every meter named "Par" in the process: two hosts in one process (tests) add up in each
/// other's scrapes. A deployed bot is one host per process.
/// </remarks>
public sealed class ParMetrics
{
    public const string MeterName = "Par";

    /// <summary>Scrapes of the three outbox gauges come together: one read of the store serves them.</summary>
    private static readonly TimeSpan BacklogFreshFor = TimeSpan.FromSeconds(1);

    /// <summary>In seconds: most handlers take milliseconds, a ranking of thousands of units or a file import up to seconds.</summary>
    private static readonly InstrumentAdvice<double> HandlerBuckets = new()
    {
        HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    };

    private readonly IOutboxStore _outbox;
    private readonly TimeProvider _clock;
    private readonly Counter<long> _received;
    private readonly Counter<long> _handled;
    private readonly Histogram<double> _handlerDuration;
    private readonly Counter<long> _sends;
    private readonly Counter<double> _paused;
    private readonly Counter<long> _reminderRuns;
    private readonly Counter<long> _reminderMessages;
    private readonly Counter<long> _importRows;
    private readonly Counter<long> _backups;
    private long _lastBackupUnixSeconds;
    private readonly Lock _backlogGate = new();
    private (OutboxBacklog Backlog, DateTimeOffset At)? _backlog;

    public ParMetrics(IMeterFactory meters, IOutboxStore outbox, TimeProvider clock)
    {
        _outbox = outbox;
        _clock = clock;
        var meter = meters.Create(MeterName);
        _received = meter.CreateCounter<long>("par.updates.received", "{update}", "Updates received from Telegram, by kind.");
        _handled = meter.CreateCounter<long>("par.updates.handled", "{update}", "Updates finished with, by kind and outcome.");
        _handlerDuration = meter.CreateHistogram<double>("par.handler.duration", "s", "Time a handler took, by command.", tags: null, HandlerBuckets);
        _sends = meter.CreateCounter<long>("par.sends", "{message}", "Bot API sends, by outcome: ok, 429, 403, 5xx, network, 400.");
        _paused = meter.CreateCounter<double>("par.sending.paused", "s", "Time all sending was paused because Telegram answered 429.");
        _reminderRuns = meter.CreateCounter<long>("par.reminders.runs", "{run}", "Reminder slots run, by schedule.");
        _reminderMessages = meter.CreateCounter<long>("par.reminders.messages", "{message}", "Reminder messages queued, by schedule.");
        _importRows = meter.CreateCounter<long>("par.import.rows", "{row}", "Rows of imported files, by file kind and result.");
        _backups = meter.CreateCounter<long>("par.backups", "{backup}", "Backups of the store, by outcome: ok, failed.");
        meter.CreateObservableGauge("par.backup.last_success.time", ObserveLastBackup, "s", "Unix time of the last backup that succeeded since the bot started.");
        meter.CreateObservableGauge("par.outbox.depth", ObserveDepth, "{message}", "Messages waiting in the outbox, by priority.");
        meter.CreateObservableGauge("par.outbox.oldest_pending.age", ObserveOldestAge, "s", "Age of the oldest message waiting in the outbox.");
        meter.CreateObservableGauge("par.broadcasts.in_progress", ObserveBroadcasts, "{broadcast}", "Broadcasts with messages still to send.");
    }

    public void UpdateReceived(Update update) => _received.Add(1, KindOf(update));

    public void UpdateHandled(Update update, UpdateOutcome outcome) =>
        _handled.Add(1, KindOf(update), new KeyValuePair<string, object?>("outcome", Label(outcome)));

    /// <param name="handler">From <see cref="UpdateRouter.HandlerLabel"/>: a command's name or the update's shape, never what the user typed.</param>
    public void HandlerRan(string handler, TimeSpan elapsed) =>
        _handlerDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("command", handler));

    public void SendFinished(SendOutcome outcome)
    {
        _sends.Add(1, new KeyValuePair<string, object?>("outcome", outcome.Kind switch
        {
            SendResultKind.Sent => "ok",
            SendResultKind.RetryAfter => "429",
            SendResultKind.Blocked => "403",
            SendResultKind.Transient => "5xx",
            SendResultKind.Unreachable => "network",
            _ => "400",
        }));
        if (outcome.Kind == SendResultKind.RetryAfter)
            _paused.Add(outcome.RetryAfter.TotalSeconds);
    }

    public void ReminderRan(string schedule, int messages)
    {
        var tag = new KeyValuePair<string, object?>("schedule", schedule);
        _reminderRuns.Add(1, tag);
        _reminderMessages.Add(messages, tag);
    }

    /// <param name="file">"units", "reports" or "dossiers".</param>
    public void RowsImported(string file, int stored, int rejected)
    {
        var kind = new KeyValuePair<string, object?>("file", file);
        _importRows.Add(stored, kind, new KeyValuePair<string, object?>("result", "stored"));
        _importRows.Add(rejected, kind, new KeyValuePair<string, object?>("result", "rejected"));
    }

    public void BackupFinished(BackupRecord record)
    {
        _backups.Add(1, new KeyValuePair<string, object?>("outcome", record.Failed ? "failed" : "ok"));
        if (!record.Failed)
            Interlocked.Exchange(ref _lastBackupUnixSeconds, record.AtUtc.ToUnixTimeSeconds());
    }

    private IEnumerable<Measurement<long>> ObserveLastBackup() =>
        Interlocked.Read(ref _lastBackupUnixSeconds) is var at and > 0 ? [new Measurement<long>(at)] : [];

    private static KeyValuePair<string, object?> KindOf(Update update) =>
        new("kind", update.Message is not null ? "message" : update.CallbackQuery is not null ? "callback" : "other");

    private static string Label(UpdateOutcome outcome) => outcome switch
    {
        UpdateOutcome.Handled => "handled",
        UpdateOutcome.Duplicate => "duplicate",
        UpdateOutcome.Interrupted => "interrupted",
        UpdateOutcome.Failed => "failed",
        UpdateOutcome.Ignored => "ignored",
        _ => "given_up",
    };

    private IEnumerable<Measurement<int>> ObserveDepth() =>
        Backlog() is { } backlog
            ? backlog.Pending.Select(p => new Measurement<int>(p.Value, new KeyValuePair<string, object?>("priority", p.Key.ToString().ToLowerInvariant())))
            : [];

    private IEnumerable<Measurement<double>> ObserveOldestAge() =>
        Backlog() is { } backlog
            ? [new Measurement<double>(backlog.OldestCreatedUtc is { } oldest ? Math.Max(0, (_clock.GetUtcNow().UtcDateTime - oldest).TotalSeconds) : 0)]
            : [];

    private IEnumerable<Measurement<int>> ObserveBroadcasts() =>
        Backlog() is { } backlog ? [new Measurement<int>(backlog.BroadcastsSending)] : [];

    /// <summary>Null while the store fails: a gauge then reports nothing rather than a made-up zero.</summary>
    private OutboxBacklog? Backlog()
    {
        var now = _clock.GetUtcNow();
        lock (_backlogGate)
        {
            if (_backlog is { } cached && now - cached.At < BacklogFreshFor)
                return cached.Backlog;
        }
        OutboxBacklog backlog;
        try
        {
            backlog = _outbox.Backlog();
        }
        catch (Exception e) when (e is IOException or LiteDB.LiteException or ObjectDisposedException)
        {
            return null;
        }
        lock (_backlogGate)
            _backlog = (backlog, now);
        return backlog;
    }
}
