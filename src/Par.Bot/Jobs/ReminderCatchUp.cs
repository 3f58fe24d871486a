namespace Par.Bot.Jobs;

/// <summary>
/// At start, before the scheduler runs, sends once each reminder whose slot passed today while the bot was down.
/// Done in StartAsync so the host is not reported started before the catch-up is queued.
/// </summary>
public sealed class ReminderCatchUp(ReminderRunner runner, ILogger<ReminderCatchUp> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await runner.RunDueAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A failed catch-up must not keep the bot from starting; the next scheduled slot still runs.
            logger.LogError(e, "Catching up missed reminders failed");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
