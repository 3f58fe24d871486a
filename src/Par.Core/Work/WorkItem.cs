using Par.Core.Members;

namespace Par.Core.Work;

/// <summary>
/// A file sent to be imported, taken off the update loop: who sent it (with the role they had then), the file as
/// Telegram holds it, and the "working on it" message that shows its progress. Stored until its answer is stored.
/// </summary>
public sealed record WorkItem
{
    public long Id { get; init; }
    public required int UpdateId { get; init; }
    public required long ChatId { get; init; }
    public required long UserId { get; init; }
    public required Role Role { get; init; }
    /// <summary>The code of the language the sender was answered in.</summary>
    public required string Language { get; init; }
    /// <summary>Telegram's id of the sent file: it stays downloadable, so a run after a restart starts from it again.</summary>
    public required string FileId { get; init; }
    public required string FileName { get; init; }
    /// <summary>The outbox row of the acknowledgement; progress edits that message once Telegram has it.</summary>
    public long AcknowledgementId { get; init; }
    /// <summary>How many runs began; a run that began and never stored its answer was cut short by a stop or a crash.</summary>
    public int Attempts { get; init; }
    public DateTime QueuedUtc { get; init; }
}
