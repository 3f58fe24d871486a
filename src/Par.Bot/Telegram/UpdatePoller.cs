using Microsoft.Extensions.Options;
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
public sealed class UpdatePoller(
    ITelegramBotClient bot,
    UpdateProcessor processor,
    IUpdateLog updateLog,
    CommandMenu menu,
    BotIdentity identity,
    IOptions<TelegramOptions> options,
    ILogger<UpdatePoller> logger) : BackgroundService
{
    private static readonly UpdateType[] Wanted = [UpdateType.Message, UpdateType.CallbackQuery];
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await ConnectAsync(stoppingToken);
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            Update[] updates;
            try
            {
                updates = await bot.GetUpdates(updateLog.NextOffset, 100, options.Value.PollTimeoutSeconds, Wanted, stoppingToken);
                failures = 0;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
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
            // Shutdown lets the batch in hand finish: its updates are handled and stored, then confirmed next start.
            await HandleBatchAsync(updates);
            var next = updates.Max(u => u.Id) + 1;
            updateLog.NextOffset = next;
            updateLog.Prune(next);
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
        }
    }

    private async Task IntroduceAsync(CancellationToken cancellationToken)
    {
        var me = await bot.GetMe(cancellationToken);
        identity.Username = me.Username ?? identity.Username;
        await bot.DeleteWebhook(dropPendingUpdates: false, cancellationToken);
        await menu.ApplyDefaultsAsync(cancellationToken);
        logger.LogInformation("Connected to the Bot API as @{Username}; polling from update {Offset}", identity.Username, updateLog.NextOffset);
    }

    private Task HandleBatchAsync(Update[] updates) =>
        Task.WhenAll(updates.GroupBy(ChatOf).Select(async chat =>
        {
            foreach (var update in chat.OrderBy(u => u.Id))
                await processor.ProcessAsync(update, CancellationToken.None);
        }));

    private static long ChatOf(Update update) =>
        update.Message?.Chat.Id ?? update.CallbackQuery?.Message?.Chat.Id ?? update.CallbackQuery?.From.Id ?? 0;

    private async Task BackOffAsync(Exception e, int failures, CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromSeconds(Math.Min(MaxBackoff.TotalSeconds, Math.Pow(2, failures - 1)));
        if (e is ApiRequestException { ErrorCode: 409 })
            logger.LogError("Another process is polling this bot (409 Conflict); retrying in {Delay}. Stop the other instance or its webhook.", delay);
        else if (e is ApiRequestException { ErrorCode: 429 } limited)
            delay = TimeSpan.FromSeconds(limited.Parameters?.RetryAfter ?? delay.TotalSeconds);
        else if (e is ApiRequestException { ErrorCode: 401 or 404 })
            logger.LogCritical("The Bot API refused the token (unauthorized); check Telegram:Token. Retrying in {Delay}", delay);
        else
            logger.LogWarning("Bot API call failed ({Reason}); retrying in {Delay}", e.Message, delay);
        try
        {
            await Task.Delay(delay, stoppingToken);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
