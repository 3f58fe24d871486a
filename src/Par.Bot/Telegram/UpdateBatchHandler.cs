using Par.Core.Storage;
using Par.Bot.Metrics;
using Telegram.Bot.Types;

namespace Par.Bot.Telegram;

/// <summary>
/// What long polling and the webhook share: updates of different chats run in parallel, those of one chat one at a
/// time and in order (also across concurrent webhook requests), and each update is tried a few times before it is
/// given up. True only when every update is stored, which is when polling may confirm and the webhook may answer 200.
/// </summary>
public sealed class UpdateBatchHandler(UpdateProcessor processor, ParMetrics metrics, TimeProvider clock, ILogger<UpdateBatchHandler> logger)
{
    private static readonly Backoff ProcessRetry = new(TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1));
    private const int ProcessAttempts = 3;
    private readonly ChatTurns _turns = new();

    /// <summary>
    /// Chats in parallel (each on the thread pool, as most handlers never await), each chat's updates in order; a chat
    /// stops at an update that could not be stored, so its later ones wait for the redelivery.
    /// </summary>
    public async Task<bool> HandleAsync(IReadOnlyCollection<Update> updates)
    {
        foreach (var update in updates)
            metrics.UpdateReceived(update);
        var chats = await Task.WhenAll(updates.GroupBy(ChatOf).Select(chat => Task.Run(async () =>
        {
            using var turn = await _turns.EnterAsync(chat.Key);
            foreach (var update in chat.OrderBy(u => u.Id))
            {
                if (!await ProcessSafelyAsync(update))
                    return false;
            }
            return true;
        })));
        return chats.All(stored => stored);
    }

    /// <summary>
    /// Handler failures are answered inside the processor; this catches the store failing around them. The update is
    /// tried a few times, then given up (marked handled) so one poisonous update cannot stop the bot for everyone.
    /// False when even giving up could not be stored: the store is down, and the update must not be confirmed.
    /// </summary>
    private async Task<bool> ProcessSafelyAsync(Update update)
    {
        // Every line logged while handling the update names it and its chat; ids only, never the text.
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["UpdateId"] = update.Id, ["ChatId"] = ChatOf(update) });
        for (var attempt = 1; attempt <= ProcessAttempts; attempt++)
        {
            try
            {
                await processor.ProcessAsync(update, CancellationToken.None);
                return true;
            }
            catch (Exception e) when (e is not StoreFailedException)
            {
                // A failed store is not retried: StoreWatchdog is stopping Par, and the update comes again after the restart.
                logger.LogError(e, "Update {UpdateId} failed outside its handler (attempt {Attempt} of {Attempts})", update.Id, attempt, ProcessAttempts);
                await Task.Delay(ProcessRetry.After(attempt), clock);
            }
        }
        try
        {
            processor.GiveUp(update);
            return true;
        }
        catch (Exception e)
        {
            logger.LogCritical(e, "Update {UpdateId} could not even be marked as given up; it stays unconfirmed", update.Id);
            return false;
        }
    }

    private static long ChatOf(Update update) =>
        update.Message?.Chat.Id ?? update.CallbackQuery?.Message?.Chat.Id ?? update.CallbackQuery?.From.Id ?? 0;
}
