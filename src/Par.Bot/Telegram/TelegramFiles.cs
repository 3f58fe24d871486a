using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace Par.Bot.Telegram;

/// <summary>Downloads a file a user sent, refusing anything over the configured size.</summary>
public sealed class TelegramFiles(ITelegramBotClient bot, IOptions<TelegramOptions> options)
{
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
}
