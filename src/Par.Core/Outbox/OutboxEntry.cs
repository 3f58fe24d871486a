namespace Par.Core.Outbox;

/// <summary>A stored outgoing message and what became of it.</summary>
public sealed record OutboxEntry
{
    public long Id { get; init; }
    public required long ChatId { get; init; }
    public required string Text { get; init; }
    public List<List<Button>> Buttons { get; init; } = [];
    public Attachment? Attachment { get; init; }
    public Priority Priority { get; init; }
    public string? DedupeKey { get; init; }
    public int? EditMessageId { get; init; }
    public string? BroadcastId { get; init; }
    public OutboxStatus Status { get; init; }
    public int Attempts { get; init; }
    public DateTime CreatedUtc { get; init; }
    public DateTime NextAttemptUtc { get; init; }
    public DateTime? SentUtc { get; init; }
    public int? TelegramMessageId { get; init; }
    public string? Error { get; init; }
}
