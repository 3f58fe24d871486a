using Par.Core.Members;

namespace Par.Core.Work;

/// <summary>
/// Long work taken off the update loop (a file to import, a table to export, a chart to draw): who asked (with the role
/// they had then), what to do, and the "working on it" message that shows its progress. Stored until its answer is stored.
/// </summary>
public sealed record WorkItem
{
    public long Id { get; init; }
    public WorkKind Kind { get; init; }
    public required int UpdateId { get; init; }
    public required long ChatId { get; init; }
    public required long UserId { get; init; }
    public required Role Role { get; init; }
    /// <summary>The code of the language the sender was answered in.</summary>
    public required string Language { get; init; }
    /// <summary>Telegram's id of the file to import: it stays downloadable, so a run after a restart starts from it again.</summary>
    public string FileId { get; init; } = "";
    /// <summary>The file to import, as its sender named it.</summary>
    public string FileName { get; init; } = "";
    /// <summary>What the work was asked for, as the kind reads it (an export's period; a chart's group, period and unit).</summary>
    public string[] Arguments { get; init; } = [];
    /// <summary>The outbox row of the acknowledgement; progress edits that message once Telegram has it.</summary>
    public long AcknowledgementId { get; init; }
    /// <summary>How many runs began; a run that began and never stored its answer was cut short by a stop or a crash.</summary>
    public int Attempts { get; init; }
    public DateTime QueuedUtc { get; init; }
}
