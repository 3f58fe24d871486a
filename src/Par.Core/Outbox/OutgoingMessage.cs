namespace Par.Core.Outbox;

/// <summary>What a handler, a reminder or a broadcast wants to say to one chat. Text is Telegram HTML, already escaped.</summary>
public sealed record OutgoingMessage
{
    public required long ChatId { get; init; }
    public required string Text { get; init; }
    public IReadOnlyList<IReadOnlyList<Button>> Buttons { get; init; } = [];
    public Attachment? Attachment { get; init; }
    public Priority Priority { get; init; } = Priority.Reply;
    /// <summary>When set, a second message with the same key is never queued (digests, broadcast rows).</summary>
    public string? DedupeKey { get; init; }
    /// <summary>When set, this edits the bot's earlier message instead of sending a new one (with an attachment: its caption; the file stays).</summary>
    public int? EditMessageId { get; init; }
    /// <summary>Groups rows of one broadcast for progress and reports.</summary>
    public string? BroadcastId { get; init; }
}
