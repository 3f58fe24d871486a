using Microsoft.Extensions.Options;
using Par.Core.Storage;

namespace Par.Bot.Hosting;

/// <summary>
/// Stops Par when its store fails (a full disk, a damaged page), so the supervisor restarts it instead of the
/// process living on without a store. What was not yet confirmed to Telegram is delivered again after the restart,
/// and what was not yet sent stays in the outbox, so stopping loses nothing.
/// </summary>
public sealed class StoreWatchdog(
    ParDatabase database,
    IOptions<StorageOptions> storage,
    IHostApplicationLifetime lifetime,
    ILogger<StoreWatchdog> logger) : BackgroundService
{
    /// <summary>The store that failed, once it has; null while it is sound.</summary>
    public Exception? Fault { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var fault = await database.Fault.WaitAsync(stoppingToken);
        Fault = fault;
        logger.LogCritical(
            "Storage:Path '{Path}' failed: {Reason}. Par stops with exit code {ExitCode} so its supervisor restarts it{Advice}; " +
            "updates not yet confirmed and messages not yet sent are handled after the restart.",
            storage.Value.Path, fault.Message.ReplaceLineEndings(" "), ParHost.StoreFailure, Advice(fault));
        lifetime.StopApplication();
    }

    /// <summary>ENOSPC is 28 on Linux; the message is the same on every platform .NET runs on.</summary>
    private static string Advice(Exception fault) =>
        fault is IOException { HResult: 28 } || fault.Message.Contains("No space left", StringComparison.OrdinalIgnoreCase)
            ? " once disk space is freed"
            : fault is IOException ? "" : "; if it keeps failing, the file is damaged: restore the latest backup";
}
