using Par.Bot.Handlers.Documents;
using Par.Bot.Texts;
using Par.Core.Outbox;
using Par.Core.Storage;
using Par.Core.Work;

namespace Par.Bot.Work;

/// <summary>
/// Runs queued work (imported files) in the background, a few items at a time, so the update loop keeps answering
/// everyone while a file of 100 000 rows is stored. Queued items survive a stop or a crash and are taken up at start.
/// </summary>
/// <remarks>
/// After a restart an item that had begun is run again from the start: every import is all or nothing and its answer
/// is stored with it, so nothing of the cut-short run was kept. An item cut short <see cref="MaxAttempts"/> times is
/// not run again (it may be what stopped the process): its sender is told nothing was stored and asked to resend.
/// </remarks>
public sealed class WorkRunner(
    IWorkStore work, DocumentImport import, IOutbox outbox, IOutboxStore outboxStore, TimeProvider clock, ILogger<WorkRunner> logger)
    : BackgroundService
{
    /// <summary>
    /// Two at a time: a small file need not wait behind a big one, and on a machine of two cores the update loop keeps
    /// a core. Units of two imports are written one transaction after the other anyway.
    /// </summary>
    public const int MaxConcurrent = 2;
    public const int MaxAttempts = 2;

    private readonly SemaphoreSlim _wake = new(0);
    private readonly TaskCompletionSource _looked = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _gate = new();
    /// <summary>Items taken up by this process; one that failed stays here, so it is not retried before a restart.</summary>
    private readonly HashSet<long> _taken = [];

    /// <summary>
    /// Completes once the runner has taken up what was queued before the start. Since .NET 10 a hosted service's
    /// ExecuteAsync starts on its own after the host has started, so whoever queues work at start may wait for this.
    /// </summary>
    public Task LookedAtStart => _looked.Task;

    /// <summary>Looks for queued work now rather than at the next wake-up.</summary>
    public void Wake()
    {
        lock (_gate)
        {
            if (_wake.CurrentCount == 0)
                _wake.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var runs = new List<Task>();
        while (!stoppingToken.IsCancellationRequested)
        {
            runs.RemoveAll(run => run.IsCompleted);
            foreach (var item in Untaken(MaxConcurrent - runs.Count))
                runs.Add(Task.Run(() => RunAsync(item, stoppingToken), CancellationToken.None));
            _looked.TrySetResult();
            try
            {
                await _wake.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
        // Work in hand finishes: a transaction under way is not torn down with the store.
        await Task.WhenAll(runs);
    }

    private List<WorkItem> Untaken(int room)
    {
        if (room <= 0)
            return [];
        List<WorkItem> queued;
        try
        {
            queued = [.. work.ListQueued()];
        }
        catch (StoreFailedException)
        {
            // Par is stopping for a restart (StoreWatchdog said why); the queue is read again then.
            return [];
        }
        catch (Exception e)
        {
            logger.LogError(e, "Could not read the queued work; looking again at the next wake-up");
            return [];
        }
        lock (_gate)
        {
            var next = queued.Where(item => !_taken.Contains(item.Id)).Take(room).ToList();
            _taken.UnionWith(next.Select(item => item.Id));
            return next;
        }
    }

    private async Task RunAsync(WorkItem item, CancellationToken stoppingToken)
    {
        var t = TextsProvider.For(item.Language);
        var progress = new ProgressMessage(outbox, outboxStore, item, clock, logger);
        try
        {
            if (item.Attempts >= MaxAttempts)
            {
                logger.LogWarning("Import {Id} of user {UserId} was cut short {Attempts} times; not running it again", item.Id, item.UserId, item.Attempts);
                work.Complete(item.Id, () => [new OutgoingMessage { ChatId = item.ChatId, Text = t.ImportInterrupted(item.FileName) }]);
            }
            else
            {
                await import.RunAsync(item, progress, stoppingToken);
            }
            await progress.FinishAsync(t.ImportFinished(item.FileName));
            lock (_gate)
                _taken.Remove(item.Id);
        }
        catch (Exception) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped while downloading (Telegram.Bot wraps the cancellation, or the connection fails as it closes):
            // nothing was stored, and the item runs at the next start.
        }
        catch (StoreFailedException)
        {
            // Par is stopping for a restart (StoreWatchdog said why): nothing of the import was stored, and it runs again then.
        }
        catch (Exception e)
        {
            logger.LogError(e, "Import {Id} of user {UserId} failed; nothing of it was stored", item.Id, item.UserId);
            await AnswerFailureAsync(item, t, progress);
        }
        finally
        {
            Wake();
        }
    }

    private async Task AnswerFailureAsync(WorkItem item, ITexts t, ProgressMessage progress)
    {
        try
        {
            work.Complete(item.Id, () => [new OutgoingMessage { ChatId = item.ChatId, Text = t.ImportFailed(item.FileName) }]);
            await progress.FinishAsync(t.ImportFinished(item.FileName));
        }
        catch (Exception e)
        {
            logger.LogCritical(e, "Import {Id} of user {UserId} could not even be answered; it stays queued until a restart", item.Id, item.UserId);
        }
    }
}
