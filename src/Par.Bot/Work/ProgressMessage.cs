using Par.Core.Outbox;
using Par.Core.Work;

namespace Par.Bot.Work;

/// <summary>
/// The acknowledgement of one work item, edited through the outbox as the work goes on: at most one edit per
/// <see cref="MinInterval"/>, showing the latest text, and always the last one. Edits are stored from the thread pool,
/// never from the caller's thread, so one asked for inside the work's transaction is not held back until its commit.
/// </summary>
public sealed class ProgressMessage(IOutbox outbox, IOutboxStore sent, WorkItem item, TimeProvider clock, ILogger logger)
{
    /// <summary>Telegram counts edits against a chat's limits like messages; an edit every few seconds is plenty to watch.</summary>
    public static readonly TimeSpan MinInterval = TimeSpan.FromSeconds(3);
    /// <summary>How long the last edit waits for Telegram to have the acknowledgement it edits (the outbox may be busy).</summary>
    private static readonly TimeSpan AcknowledgementWait = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);

    private readonly Lock _gate = new();
    /// <summary>Completed by the last edit, so a progress edit waiting out the interval goes at once, with the last text.</summary>
    private readonly TaskCompletionSource _hurry = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _editing = Task.CompletedTask;
    private DateTimeOffset _lastEdit = clock.GetUtcNow();
    private string _latest = "";
    private string _shown = "";
    private bool _scheduled;
    private bool _final;

    /// <summary>Shows <paramref name="html"/> now, or when <see cref="MinInterval"/> since the last edit has passed, unless newer text replaces it first.</summary>
    public void Show(string html) => Queue(html, final: false);

    /// <summary>Shows <paramref name="html"/> at once, after any edit still on its way; completes when it is stored.</summary>
    public Task FinishAsync(string html)
    {
        lock (_gate)
        {
            Queue(html, final: true);
            return _editing;
        }
    }

    private void Queue(string html, bool final)
    {
        lock (_gate)
        {
            _latest = html;
            _final |= final;
            if (final)
                _hurry.TrySetResult();
            if (_scheduled)
                return;
            _scheduled = true;
            var wait = final ? TimeSpan.Zero : _lastEdit + MinInterval - clock.GetUtcNow();
            _editing = _editing.ContinueWith(_ => EditAsync(wait), TaskScheduler.Default).Unwrap();
        }
    }

    private async Task EditAsync(TimeSpan wait)
    {
        if (wait > TimeSpan.Zero)
            await Task.WhenAny(Task.Delay(wait, clock), _hurry.Task);
        string html;
        bool final;
        lock (_gate)
        {
            (html, final, _scheduled, _lastEdit) = (_latest, _final, false, clock.GetUtcNow());
        }
        if (html == _shown)
            return;
        _shown = html;
        try
        {
            if (await AcknowledgedAsync(final) is { } messageId)
                outbox.Send([new OutgoingMessage { ChatId = item.ChatId, Text = html, EditMessageId = messageId }]);
        }
        catch (Exception e)
        {
            // Progress is a courtesy: the answer itself is stored with the work, not here.
            logger.LogWarning(e, "Could not show the progress of work {Id}", item.Id);
        }
    }

    /// <summary>Telegram's id of the acknowledgement; a progress edit before it is known is skipped, the last one waits a while.</summary>
    private async Task<int?> AcknowledgedAsync(bool final)
    {
        var deadline = clock.GetUtcNow() + (final ? AcknowledgementWait : TimeSpan.Zero);
        while (true)
        {
            var acknowledgement = sent.Find(item.AcknowledgementId);
            if (acknowledgement?.TelegramMessageId is { } messageId)
                return messageId;
            if (acknowledgement is not { Status: OutboxStatus.Pending } || clock.GetUtcNow() >= deadline)
                return null;
            await Task.Delay(Poll, clock);
        }
    }
}
