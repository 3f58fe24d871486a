using Par.Core.Outbox;

namespace Par.Core.Tasks;

/// <summary>
/// A file given as evidence with a progress note or a result: kept as Telegram holds it (its file id, name and
/// whether it came as a photo or a document), so it is sent on by id and never downloaded.
/// </summary>
public sealed record TaskEvidence(string FileId, string FileName, AttachmentKind Kind)
{
    public Attachment ToAttachment() => new() { Kind = Kind, FileId = FileId, FileName = FileName };
}
