using Microsoft.Extensions.Options;
using Par.Core.Storage;
using Par.Core.Updates;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Par.Bot.Telegram;

/// <summary>
/// Long polling with at-least-once delivery and exactly-once effect: a batch is confirmed to Telegram
/// (by asking for the next offset) only after each of its updates is handled and stored. Updates of
/// different chats run in parallel, those of one chat in order.
/// </summary>
/// <remarks>
/// After a week without updates Telegram numbers the next one at random, possibly below the offset stored here. Such
/// an update is handled like any other (handled marks, not the offset, say what was done) and the next offset is
/// the batch's highest id + 1, lower or not, so polling goes on from the new numbering.
/// The next offset lives in memory and is stored at most once a minute and on stop, not after every batch: it is only
/// where the next start begins asking, and Telegram forgets what an offset confirmed, so a start from an older one gets
/// what Telegram still holds — the batch in hand at a crash, which the handled marks skip — and nothing more.
/// </remarks>
public sealed class UpdatePoller(
    ITelegramBotClient bot,
    UpdateBatchHandler batches,
    IUpdateLog updateLog,
    CommandMenu menu,
    BotIdentity identity,
    UpdateHeartbeat heartbeat,
    IOptions<TelegramOptions> options,
    TimeProvider clock,
    ILogger<UpdatePoller> logger) : BackgroundService
{
    private static readonly UpdateType[] Wanted = [UpdateType.Message, UpdateType.CallbackQuery];
    private static readonly Backoff ApiRetry = new(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));
    private static readonly TimeSpan PruneEvery = TimeSpan.FromHours(1);
    /// <summary>
    /// Telegram keeps an unconfirmed update for 24 hours, so two days of marks cover any redelivery. Much longer, and a
    /// mark could outlive the quiet week after which Telegram numbers updates afresh, and swallow a new update
    /// that happens to get an old id.
    /// </summary>
    private static readonly TimeSpan KeepHandledMarks = TimeSpan.FromDays(2);
    private static readonly TimeSpan StoreOffsetEvery = TimeSpan.FromMinutes(1);
    private DateTimeOffset _lastPrune = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Mode == TelegramMode.Webhook)
            return;
        try
        {
            await PollAsync(stoppingToken);
        }
        catch (StoreFailedException)
        {
            // StoreWatchdog has said why and is stopping Par; the updates in hand come again after the restart.
        }
    }

    private async Task PollAsync(CancellationToken stoppingToken)
    {
        await ConnectAsync(stoppingToken);
        var failures = 0;
        var unstored = 0;
        var offset = updateLog.ReadNextOffset();
        var (storedOffset, storedAt) = (offset, DateTimeOffset.MinValue);
        while (!stoppingToken.IsCancellationRequested)
        {
            Update[] updates;
            try
            {
                updates = await bot.GetUpdates(offset, 100, options.Value.PollTimeoutSeconds, Wanted, stoppingToken);
                heartbeat.Beat();
                failures = 0;
            }
            catch (Exception e) when (e is not StoreFailedException && !stoppingToken.IsCancellationRequested)
            {
                await BackOffAsync(e, ++failures, stoppingToken);
                continue;
            }
            catch (OperationCanceledException)
            {
                break;
            }
            if (updates.Length == 0)
                continue;
            // Before handling, so marks of long ago are gone when the first update after a quiet week arrives.
            PruneHourly();
            // Shutdown lets the batch in hand finish: its updates are handled and stored, then confirmed next start.
            if (await batches.HandleAsync(updates))
            {
                unstored = 0;
                offset = updates.Max(u => u.Id) + 1;
                if (clock.GetUtcNow() - storedAt >= StoreOffsetEvery)
                {
                    await StoreOffsetAsync(offset, stoppingToken);
                    (storedOffset, storedAt) = (offset, clock.GetUtcNow());
                }
            }
            else
            {
                // Not confirmed, so Telegram delivers the batch again; its updates already handled are skipped then.
                logger.LogError("Updates {First}-{Last} could not all be stored; asking for them again", updates.Min(u => u.Id), updates.Max(u => u.Id));
                await PauseAsync(ApiRetry.After(++unstored), stoppingToken);
            }
        }
        if (offset != storedOffset)
            StoreOffsetOnStop(offset);
    }

    /// <summary>One try: a start from the older stored offset only gets the last batch again, which the handled marks skip.</summary>
    private void StoreOffsetOnStop(int next)
    {
        try
        {
            updateLog.StoreNextOffset(next);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Could not store the update offset {Offset} on stop; the next start asks for the last batch again", next);
        }
    }

    /// <summary>Remembers the next offset, retrying while the store fails.</summary>
    private async Task StoreOffsetAsync(int next, CancellationToken stoppingToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                updateLog.StoreNextOffset(next);
                break;
            }
            catch (Exception e) when (e is not StoreFailedException && !stoppingToken.IsCancellationRequested)
            {
                logger.LogError(e, "Could not store the update offset {Offset}", next);
                await BackOffAsync(e, attempt, stoppingToken);
            }
        }
    }

    /// <summary>Housekeeping, so a failure is logged and tried again next hour rather than holding up polling.</summary>
    private void PruneHourly()
    {
        var now = clock.GetUtcNow();
        if (now - _lastPrune <= PruneEvery)
            return;
        _lastPrune = now;
        try
        {
            updateLog.Prune(handledBeforeUtc: (now - KeepHandledMarks).UtcDateTime);
        }
        catch (Exception e) when (e is not StoreFailedException)
        {
            logger.LogError(e, "Forgetting old handled marks failed; trying again in an hour");
        }
    }

    /// <summary>getMe, deleteWebhook and the command menus, retried with back-off until the Bot API answers.</summary>
    private async Task ConnectAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                await IntroduceAsync(stoppingToken);
                return;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                await BackOffAsync(e, attempt, stoppingToken);
            }
            catch (Exception) when (stoppingToken.IsCancellationRequested)
            {
                // Stopped before the Bot API answered: nothing to connect for (Telegram.Bot wraps the cancellation).
                return;
            }
        }
    }

    private async Task IntroduceAsync(CancellationToken cancellationToken)
    {
        var me = await bot.GetMe(cancellationToken);
        identity.Username = me.Username ?? identity.Username;
        await bot.DeleteWebhook(dropPendingUpdates: false, cancellationToken);
        await menu.ApplyDefaultsAsync(cancellationToken);
        logger.LogInformation("Connected to the Bot API as @{Username}; polling from update {Offset}", identity.Username, updateLog.ReadNextOffset());
    }

    private async Task BackOffAsync(Exception e, int failures, CancellationToken stoppingToken)
    {
        var delay = ApiRetry.After(failures);
        if (e is ApiRequestException { ErrorCode: 409 })
            logger.LogError("Another process is polling this bot (409 Conflict); retrying in {Delay}. Stop the other instance or its webhook.", delay);
        else if (e is ApiRequestException { ErrorCode: 429 } limited)
            delay = TimeSpan.FromSeconds(limited.Parameters?.RetryAfter ?? delay.TotalSeconds);
        else if (e is ApiRequestException { ErrorCode: 401 or 404 })
            logger.LogCritical("The Bot API refused the token (unauthorized); check Telegram:Token. Retrying in {Delay}", delay);
        else
            logger.LogWarning("Bot API call failed ({Reason}); retrying in {Delay}", e.Message, delay);
        await PauseAsync(delay, stoppingToken);
    }

    private async Task PauseAsync(TimeSpan delay, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(delay, clock, stoppingToken);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
