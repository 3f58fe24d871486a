using Par.Bot.Texts;
using Par.Core.Outbox;
using Par.Core.Storage;
using Par.Core.Work;

namespace Par.Bot.Work;

/// <summary>
/// Runs queued work (imported files, exports, charts: every <see cref="IBackgroundWork"/>) in the background, a few
/// items at a time, so the update loop keeps answering everyone while a file of 100 000 rows is stored. Queued items
/// survive a stop or a crash and are taken up at start.
/// </summary>
/// <remarks>
/// After a restart an item that had begun is run again from the start: every kind is all or nothing and its answer
/// is stored with it, so nothing of the cut-short run was kept. An item cut short <see cref="MaxAttempts"/> times is
/// not run again (it may be what stopped the process): its sender is told nothing was stored and asked to resend.
/// </remarks>
public sealed class WorkRunner(
    IWorkStore work, IEnumerable<IBackgroundWork> kinds, IOutbox outbox, IOutboxStore outboxStore, TimeProvider clock, ILogger<WorkRunner> logger)
    : BackgroundService
{
    /// <summary>
    /// Two imports at a time: a small file need not wait behind a big one, and on a machine of two cores the update
    /// loop keeps a core. Units of two imports are written one transaction after the other anyway.
    /// </summary>
    public const int MaxConcurrent = 2;
    /// <summary>Exports and charts take a second at most: one of them at a time runs beside the imports, so /top is not held up by files.</summary>
    public const int MaxConcurrentQuick = 1;
    public const int MaxAttempts = 2;

    private readonly SemaphoreSlim _wake = new(0);
    private readonly TaskCompletionSource _looked = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _gate = new();
    /// <summary>
    /// Items taken up by this process, done or not: a look at the queue taken just before an item's end committed still
    /// lists it, and must not run it again; one that failed is not retried before a restart. Ids are never reused.
    /// </summary>
    private readonly HashSet<long> _taken = [];
    private readonly Dictionary<WorkKind, IBackgroundWork> _kinds = KindsOf(kinds);

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
        var runs = new List<(Task Run, bool Quick)>();
        while (!stoppingToken.IsCancellationRequested)
        {
            runs.RemoveAll(run => run.Run.IsCompleted);
            var quick = runs.Count(run => run.Quick);
            foreach (var item in Untaken(MaxConcurrent - (runs.Count - quick), MaxConcurrentQuick - quick))
                runs.Add((Task.Run(() => RunAsync(item, stoppingToken), CancellationToken.None), IsQuick(item)));
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
        await Task.WhenAll(runs.Select(run => run.Run));
    }

    private static bool IsQuick(WorkItem item) => item.Kind != WorkKind.Import;

    /// <summary>Every kind has its runner, or Par does not start: an item nobody runs would wait for ever.</summary>
    private static Dictionary<WorkKind, IBackgroundWork> KindsOf(IEnumerable<IBackgroundWork> kinds)
    {
        var byKind = kinds.ToDictionary(k => k.Kind);
        var missing = Enum.GetValues<WorkKind>().Where(kind => !byKind.ContainsKey(kind)).ToList();
        return missing.Count == 0 ? byKind : throw new InvalidOperationException($"No IBackgroundWork registered for {string.Join(", ", missing)}.");
    }

    /// <summary>The oldest queued items not taken yet: at most <paramref name="importRoom"/> imports and <paramref name="quickRoom"/> others.</summary>
    private List<WorkItem> Untaken(int importRoom, int quickRoom)
    {
        if (importRoom <= 0 && quickRoom <= 0)
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
            var next = new List<WorkItem>();
            foreach (var item in queued.Where(item => !_taken.Contains(item.Id)))
            {
                if (IsQuick(item) ? quickRoom-- > 0 : importRoom-- > 0)
                    next.Add(item);
            }
            _taken.UnionWith(next.Select(item => item.Id));
            return next;
        }
    }

    private async Task RunAsync(WorkItem item, CancellationToken stoppingToken)
    {
        var t = TextsProvider.For(item.Language);
        var progress = new ProgressMessage(outbox, outboxStore, item, clock, logger);
        var kind = _kinds[item.Kind];
        try
        {
            if (item.Attempts >= MaxAttempts)
            {
                logger.LogWarning("{Kind} {Id} of user {UserId} was cut short {Attempts} times; not running it again", item.Kind, item.Id, item.UserId, item.Attempts);
                work.Complete(item.Id, () => [new OutgoingMessage { ChatId = item.ChatId, Text = kind.Interrupted(t, item) }]);
            }
            else
            {
                await kind.RunAsync(item, progress, stoppingToken);
            }
            await FinishAsync(kind, t, item, progress);
        }
        catch (Exception) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped while downloading or waiting (Telegram.Bot wraps the cancellation, or the connection fails as it
            // closes): nothing was stored, and the item runs at the next start.
        }
        catch (StoreFailedException)
        {
            // Par is stopping for a restart (StoreWatchdog said why): nothing of the work was stored, and it runs again then.
        }
        catch (Exception e)
        {
            logger.LogError(e, "{Kind} {Id} of user {UserId} failed; nothing of it was stored", item.Kind, item.Id, item.UserId);
            await AnswerFailureAsync(kind, item, t, progress);
        }
        finally
        {
            Wake();
        }
    }

    private async Task AnswerFailureAsync(IBackgroundWork kind, WorkItem item, ITexts t, ProgressMessage progress)
    {
        try
        {
            work.Complete(item.Id, () => [new OutgoingMessage { ChatId = item.ChatId, Text = kind.Failed(t, item) }]);
            await FinishAsync(kind, t, item, progress);
        }
        catch (Exception e)
        {
            logger.LogCritical(e, "{Kind} {Id} of user {UserId} could not even be answered; it stays queued until a restart", item.Kind, item.Id, item.UserId);
        }
    }

    private static Task FinishAsync(IBackgroundWork kind, ITexts t, WorkItem item, ProgressMessage progress) =>
        kind.Finished(t, item) is { } text ? progress.FinishAsync(text) : Task.CompletedTask;
}
