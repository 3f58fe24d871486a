namespace Par.Bot.Tests.Fakes;

/// <summary>Files by file_id and by file_path, with ids shaped like Telegram's so FileIdType decoding works.</summary>
internal sealed class FakeFileStore
{
    // Telegram's file ids are base64; the first byte names the kind (2 photo, 5 document).
    private const string PhotoIdPrefix = "AgACAgIAAxkBAAI";
    private const string DocumentIdPrefix = "BQACAgIAAxkBAAI";

    private readonly Lock _gate = new();
    private readonly Dictionary<string, FakeStoredFile> _byId = [];
    private readonly Dictionary<string, FakeStoredFile> _byPath = [];
    private int _count;

    public FakeStoredFile AddDocument(byte[] content, string fileName) => Add(content, fileName, DocumentIdPrefix, "documents");

    public FakeStoredFile AddPhoto(byte[] content, string fileName) => Add(content, fileName, PhotoIdPrefix, "photos");

    public FakeStoredFile? FindById(string fileId)
    {
        lock (_gate) return _byId.GetValueOrDefault(fileId);
    }

    public FakeStoredFile? FindByPath(string filePath)
    {
        lock (_gate) return _byPath.GetValueOrDefault(filePath);
    }

    private FakeStoredFile Add(byte[] content, string fileName, string idPrefix, string folder)
    {
        lock (_gate)
        {
            var number = ++_count;
            var file = new FakeStoredFile(
                FileId: $"{idPrefix}{number:D6}",
                FileUniqueId: $"AQAD{number:D6}",
                FilePath: $"{folder}/file_{number}{Path.GetExtension(fileName)}",
                FileName: fileName,
                Content: content);
            _byId[file.FileId] = file;
            _byPath[file.FilePath] = file;
            return file;
        }
    }
}
