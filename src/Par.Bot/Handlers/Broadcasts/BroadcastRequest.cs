using Par.Core.Broadcasts;
using Par.Core.Outbox;

namespace Par.Bot.Handlers.Broadcasts;

/// <summary>What an admin confirmed: the announcement, its audience, and the message to edit with the progress.</summary>
public sealed record BroadcastRequest
{
    public required string Id { get; init; }
    public required long AdminChatId { get; init; }
    /// <summary>Telegram HTML, already escaped.</summary>
    public required string Html { get; init; }
    public string Summary { get; init; } = "";
    public Attachment? Attachment { get; init; }
    public required BroadcastAudience Audience { get; init; }
    /// <summary>The admin's message to edit with the progress and report; null sends nothing to the admin.</summary>
    public int? ProgressMessageId { get; init; }
}
