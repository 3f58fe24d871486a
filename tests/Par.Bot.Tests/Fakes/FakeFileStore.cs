namespace Par.Bot.Tests.Fakes;

/// <summary>Files by file_id and by file_path, with ids shaped like Telegram's so FileIdType decoding works.</summary>
internal sealed class FakeFileStore
{
    // Telegram's file ids are base64; the first byte names the kind (2 photo, 5 document).
    private const string PhotoIdPrefix = "AgACAgIAAxkBAAI";
    private const string DocumentIdPrefix = "BQACAgIAAxkBAAI";

    private readonly Lock gate = new();
    private readonly Dictionary<string, FakeStoredFile> byId = [];
    private readonly Dictionary<string, FakeStoredFile> byPath = [];
    private int count;

    public FakeStoredFile AddDocument(byte[] content, string fileName) => Add(content, fileName, DocumentIdPrefix, "documents");

    public FakeStoredFile AddPhoto(byte[] content, string fileName) => Add(content, fileName, PhotoIdPrefix, "photos");

    public FakeStoredFile? FindById(string fileId)
    {
        lock (gate) return byId.GetValueOrDefault(fileId);
    }

    public FakeStoredFile? FindByPath(string filePath)
    {
        lock (gate) return byPath.GetValueOrDefault(filePath);
    }

    private FakeStoredFile Add(byte[] content, string fileName, string idPrefix, string folder)
    {
        lock (gate)
        {
            var number = ++count;
            var file = new FakeStoredFile(
                FileId: $"{idPrefix}{number:D6}",
                FileUniqueId: $"AQAD{number:D6}",
                FilePath: $"{folder}/file_{number}{Path.GetExtension(fileName)}",
                FileName: fileName,
                Content: content);
            byId[file.FileId] = file;
            byPath[file.FilePath] = file;
            return file;
        }
    }
}
