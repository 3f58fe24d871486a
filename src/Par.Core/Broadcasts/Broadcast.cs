using Par.Core.Outbox;

namespace Par.Core.Broadcasts;

/// <summary>An announcement an admin sent: what, to whom, and how its delivery went.</summary>
public sealed record Broadcast
{
    /// <summary>Short random id; part of the outbox rows' dedupe keys and of callback data. Never shown to people.</summary>
    public required string Id { get; init; }
    /// <summary>The province's local year the broadcast was created in; <see cref="Number"/> counts within it.</summary>
    public int Year { get; init; }
    /// <summary>
    /// What people call it: 1, 2, … within <see cref="Year"/>, assigned by the store when it is created.
    /// Null for broadcasts stored before they were numbered.
    /// </summary>
    public int? Number { get; init; }
    public required long AdminChatId { get; init; }
    /// <summary>The text as sent, Telegram HTML.</summary>
    public required string Html { get; init; }
    /// <summary>The start of the plain text, for lists.</summary>
    public string Summary { get; init; } = "";
    public Attachment? Attachment { get; init; }
    public required BroadcastAudience Audience { get; init; }
    public DateTime CreatedUtc { get; init; }
    /// <summary>The admin's message edited with the progress and then the report.</summary>
    public int? ProgressMessageId { get; init; }
    /// <summary>Outbox rows queued, one per recipient.</summary>
    public int Recipients { get; init; }
    /// <summary>Members left out because they had blocked the bot before.</summary>
    public int Skipped { get; init; }
    /// <summary>Their chats, for the list of who did not get it.</summary>
    public IReadOnlyList<long> SkippedChats { get; init; } = [];
    /// <summary>Final counts, set with <see cref="FinishedUtc"/>.</summary>
    public int Delivered { get; init; }
    public int Blocked { get; init; }
    public int Failed { get; init; }
    /// <summary>Rows never sent because an admin stopped the broadcast (<see cref="StoppedUtc"/>).</summary>
    public int Withdrawn { get; init; }
    public DateTime? FinishedUtc { get; init; }
    /// <summary>When an admin stopped it while it was sending, and who; the rows not sent by then never are.</summary>
    public DateTime? StoppedUtc { get; init; }
    public long? StoppedBy { get; init; }
    /// <summary>Reminder rounds sent to those who had not acknowledged.</summary>
    public int Reminders { get; init; }
}
