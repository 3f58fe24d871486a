using Microsoft.Extensions.Options;
using Par.Bot.Hosting;
using Par.Bot.Telegram.Sending;
using Par.Bot.Texts;
using Par.Core.Broadcasts;
using Par.Core.Members;
using Par.Core.Outbox;

namespace Par.Bot.Handlers.Broadcasts;

/// <summary>
/// Keeps each admin's progress message current while a broadcast sends, and replaces it with the report when
/// every row is final. Counts come from the stored rows, never from events alone, so a restart (or a row that
/// finished before this service subscribed) resumes where it stood. The gateway's Finished news only wakes it.
/// </summary>
/// <remarks>
/// Progress is edited through the outbox, not by calling Telegram here: the edits then share the gateway's
/// rate limits and 429 pauses, and go before broadcast rows (Reminder priority) so the admin sees them move.
/// At most one progress edit is pending per broadcast, and at most one per <see cref="BroadcastOptions.ProgressIntervalSeconds"/>.
/// </remarks>
public sealed class BroadcastTracker(
    IBroadcastStore store,
    IOutbox outbox,
    IOutboxStore rows,
    IMemberStore members,
    IDeliveryOutcomes outcomes,
    IOptions<BroadcastOptions> options,
    IOptions<BotOptions> bot,
    TimeProvider clock,
    ProvinceClock province,
    ILogger<BroadcastTracker> logger) : BackgroundService
{
    /// <summary>After a wake-up, lets a burst of finished rows gather before counting.</summary>
    private static readonly TimeSpan Gather = TimeSpan.FromMilliseconds(200);
    private readonly TimeSpan _interval = TimeSpan.FromSeconds(options.Value.ProgressIntervalSeconds);
    private readonly SemaphoreSlim _wake = new(0, 1);
    /// <summary>Touched by the loop only.</summary>
    private readonly Dictionary<string, Shown> _shown = [];

    /// <summary>Asks for a count soon (a broadcast started, or one of its rows finished).</summary>
    public void Poke()
    {
        try
        {
            if (_wake.CurrentCount == 0)
                _wake.Release();
        }
        catch (SemaphoreFullException)
        {
        }
    }

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        outcomes.Finished += OnFinished;
        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        outcomes.Finished -= OnFinished;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                Refresh();
            }
            catch (Exception e)
            {
                logger.LogError(e, "Could not update broadcast progress; trying again shortly");
            }
            try
            {
                await _wake.WaitAsync(_interval, stoppingToken);
                await Task.Delay(Gather, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    private void OnFinished(OutboxEntry entry)
    {
        if (entry.BroadcastId is not null)
            Poke();
        else if (entry is { Status: OutboxStatus.Failed, EditMessageId: not null, DedupeKey: { } key } && key.StartsWith(BroadcastKeys.ReportPrefix, StringComparison.Ordinal))
            ResendReport(entry);
    }

    /// <summary>The admin deleted the progress message (or Telegram refused the edit): the report comes as a new message.</summary>
    private void ResendReport(OutboxEntry failed)
    {
        var report = new OutgoingMessage
        {
            ChatId = failed.ChatId,
            Text = failed.Text,
            Buttons = failed.Buttons,
            Priority = Priority.Reminder,
            DedupeKey = failed.DedupeKey + ":new",
        };
        outbox.Send([report]);
    }

    private void Refresh()
    {
        foreach (var broadcast in store.ListUnfinished())
        {
            var progress = store.Progress(broadcast.Id);
            if (progress.Done)
                Finish(broadcast, progress);
            else
                ShowProgress(broadcast, progress);
        }
    }

    private void ShowProgress(Broadcast broadcast, BroadcastProgress progress)
    {
        var now = clock.GetUtcNow();
        if (broadcast.ProgressMessageId is null)
            return;
        if (_shown.TryGetValue(broadcast.Id, out var shown)
            && (shown.Progress == progress || now - shown.At < _interval || rows.Find(shown.EditId)?.Status == OutboxStatus.Pending))
        {
            return;
        }

        var t = TextsFor(broadcast);
        var update = ToAdmin(broadcast, t.BroadcastProgress(NameOf(broadcast, t), progress));
        if (broadcast.StoppedUtc is null)
            update = update with { Buttons = [[new Button(t.BroadcastStopButton, BroadcastCallbacks.Stop(broadcast.Id))]] };
        var stored = outbox.Send([update]);
        _shown[broadcast.Id] = new Shown(progress, now, stored.Count > 0 ? stored[0].Id : 0);
    }

    private void Finish(Broadcast broadcast, BroadcastProgress progress)
    {
        // As stored now: an admin may have stopped it since the list was read, and the report must say so.
        broadcast = store.Find(broadcast.Id) ?? broadcast;
        var now = clock.GetUtcNow().UtcDateTime;
        var finished = broadcast with
        {
            Delivered = progress.Delivered,
            Blocked = progress.Blocked,
            Failed = progress.Failed,
            Withdrawn = progress.Withdrawn,
            FinishedUtc = now,
        };
        var t = TextsFor(broadcast);
        var undelivered = finished.Skipped + finished.Blocked + finished.Failed + finished.Withdrawn;
        List<IReadOnlyList<Button>> buttons = [[new Button(t.BroadcastUnacknowledgedButton, BroadcastCallbacks.Unacknowledged(broadcast.Id))]];
        if (undelivered > 0)
            buttons.Add([new Button(t.BroadcastUndeliveredButton(undelivered), BroadcastCallbacks.Undelivered(broadcast.Id))]);
        var report = ToAdmin(broadcast, t.BroadcastReport(NameOf(broadcast, t), finished, now - broadcast.CreatedUtc)) with
        {
            Buttons = buttons,
            DedupeKey = BroadcastKeys.Report(broadcast.Id),
        };
        store.Finish(finished, report);
        _shown.Remove(broadcast.Id);
        logger.LogInformation(
            "Broadcast {Id} finished: {Delivered} delivered, {Blocked} blocked, {Failed} failed, {Withdrawn} withdrawn of {Total}",
            broadcast.Id, progress.Delivered, progress.Blocked, progress.Failed, progress.Withdrawn, progress.Total);
    }

    /// <summary>An edit of the admin's progress message, or a new message when there is none to edit.</summary>
    private static OutgoingMessage ToAdmin(Broadcast broadcast, string html) => new()
    {
        ChatId = broadcast.AdminChatId,
        Text = html,
        EditMessageId = broadcast.ProgressMessageId,
        Priority = Priority.Reminder,
    };

    private string NameOf(Broadcast broadcast, ITexts t) => t.BroadcastName(broadcast, province.ToLocal(broadcast.CreatedUtc));

    private ITexts TextsFor(Broadcast broadcast) =>
        TextsProvider.For(members.Find(broadcast.AdminChatId)?.Language ?? bot.Value.DefaultLanguage);

    private sealed record Shown(BroadcastProgress Progress, DateTimeOffset At, long EditId);
}
