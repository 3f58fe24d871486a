using System.Net;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace Par.Bot.Telegram;

/// <summary>Downloads a file a user sent, refusing anything over the configured size.</summary>
public sealed class TelegramFiles(ITelegramBotClient bot, IOptions<TelegramOptions> options, TimeProvider clock, ILogger<TelegramFiles> logger)
{
    /// <summary>Between tries while Telegram is out of reach: a few seconds at first, then once a minute.</summary>
    private static readonly Backoff Retry = new(TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(1), Jitter: 0.2);

    public int MaxBytes => options.Value.MaxFileBytes;

    /// <summary>The file's bytes, or null when it is larger than <see cref="MaxBytes"/>.</summary>
    public async Task<MemoryStream?> DownloadAsync(string fileId, CancellationToken cancellationToken)
    {
        var file = await bot.GetFile(fileId, cancellationToken);
        if (file.FileSize > MaxBytes || file.FilePath is null)
            return null;
        var content = new MemoryStream();
        await bot.DownloadFile(file.FilePath, content, cancellationToken);
        if (content.Length > MaxBytes)
            return null;
        content.Position = 0;
        return content;
    }

    /// <summary>
    /// As <see cref="DownloadAsync"/>, but while Telegram is out of reach (no connection, 5xx, 429, no answer) it tries
    /// again with back-off until <paramref name="giveUpAt"/>: a file queued during an outage is imported once it ends
    /// rather than answered with a failure. Only Telegram's definitive refusals (other 4xx) end it at once.
    /// </summary>
    public async Task<MemoryStream?> DownloadPatientlyAsync(string fileId, DateTimeOffset giveUpAt, CancellationToken cancellationToken)
    {
        for (var failures = 1; ; failures++)
        {
            try
            {
                return await DownloadAsync(fileId, cancellationToken);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested && MayPassLater(e) && clock.GetUtcNow() < giveUpAt)
            {
                var wait = Retry.After(failures);
                logger.LogWarning("Could not download file {FileId} from Telegram ({Reason}); trying again in {Seconds:0} s", fileId, e.Message, wait.TotalSeconds);
                await Task.Delay(wait, clock, cancellationToken);
            }
        }
    }

    private static bool MayPassLater(Exception e) => e switch
    {
        ApiRequestException { ErrorCode: 429 or >= 500 } => true,
        ApiRequestException => false,
        RequestException { HttpStatusCode: { } status } => status is HttpStatusCode.TooManyRequests or >= HttpStatusCode.InternalServerError,
        RequestException or HttpRequestException or TimeoutException or OperationCanceledException => true,
        _ => false,
    };
}
