namespace Par.Core.Tasks;

/// <summary>A task as the assigner gives it, before it is checked and stored.</summary>
public sealed record TaskDraft
{
    public required string LeadUnit { get; init; }
    public IReadOnlyList<string> Coordinators { get; init; } = [];
    public required DateTime DueUtc { get; init; }
    public required string Description { get; init; }
    public string? ExpectedResult { get; init; }
    public AssigningDocument? Document { get; init; }
    public TaskPriority Priority { get; init; } = TaskPriority.Normal;
}
