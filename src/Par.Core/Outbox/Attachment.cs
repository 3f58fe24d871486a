namespace Par.Core.Outbox;

public enum AttachmentKind
{
    Photo,
    Document,
}

/// <summary>A file sent with a message: uploaded bytes, or a Telegram file id to re-send.</summary>
public sealed record Attachment
{
    public required AttachmentKind Kind { get; init; }
    public string FileName { get; init; } = "file";
    public byte[]? Content { get; init; }
    public string? FileId { get; init; }
}
