using Microsoft.AspNetCore.StaticFiles;

namespace Par.Bot.Tests.Fakes;

/// <summary>A file Telegram holds: sent by a person or uploaded by the bot.</summary>
internal sealed record FakeStoredFile(string FileId, string FileUniqueId, string FilePath, string FileName, byte[] Content)
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public string MimeType => ContentTypes.TryGetContentType(FileName, out var mimeType) ? mimeType : "application/octet-stream";
}
