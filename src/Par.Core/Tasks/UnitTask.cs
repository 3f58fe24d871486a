using Par.Core.Dossiers;

namespace Par.Core.Tasks;

/// <summary>
/// Work an official assigned: clear person, clear work, clear time, clear result. <see cref="UnitCode"/> is the lead
/// unit, which answers for it; <see cref="Coordinators"/> each confirm their part. <see cref="DueUtc"/> is the original
/// deadline, kept for scoring; an approved extension moves the deadline reminders follow (<see cref="CurrentDueUtc"/>).
/// <see cref="Number"/> is given by the store and shown as <see cref="Code"/> (<c>T-12</c>).
/// </summary>
public sealed record UnitTask
{
    public int Number { get; init; }
    /// <summary>The lead unit.</summary>
    public required string UnitCode { get; init; }
    public IReadOnlyList<string> Coordinators { get; init; } = [];
    public required string Description { get; init; }
    public string? ExpectedResult { get; init; }
    public AssigningDocument? Document { get; init; }
    public TaskPriority Priority { get; init; }
    /// <summary>The member of the lead unit who answers for the work; null until its head (or an admin) names one.</summary>
    public long? ResponsibleId { get; init; }
    public required DateTime DueUtc { get; init; }
    public long AssignedBy { get; init; }
    public DateTime AssignedUtc { get; init; }
    public DateTime? FinishedUtc { get; init; }
    public string? Result { get; init; }
    /// <summary>The file given with the result as evidence.</summary>
    public TaskEvidence? ResultFile { get; init; }
    public long? FinishedBy { get; init; }
    public IReadOnlyList<TaskHistoryEntry> History { get; init; } = [];
    public IReadOnlyList<ExtensionRequest> Extensions { get; init; } = [];
    public IReadOnlyList<PartConfirmation> Confirmations { get; init; } = [];

    public string Code => TaskCode.Format(Number);

    public bool IsOpen => FinishedUtc is null;

    /// <summary>The deadline in force now: the last approved extension's, else the original.</summary>
    public DateTime CurrentDueUtc => DueAt(DateTime.MaxValue);

    public ExtensionRequest? PendingExtension => Extensions.LastOrDefault(e => e.State == ExtensionState.Pending);

    /// <summary>The deadline that applied at <paramref name="atUtc"/>: extensions count from when they were approved.</summary>
    public DateTime DueAt(DateTime atUtc)
    {
        var due = DueUtc;
        foreach (var extension in Extensions)
        {
            if (extension is { State: ExtensionState.Approved, ApprovedDueUtc: { } approved, DecidedUtc: { } decided } && decided <= atUtc)
                due = approved;
        }
        return due;
    }

    public bool IsCoordinator(string? unitCode) =>
        unitCode is not null && Coordinators.Contains(unitCode, StringComparer.OrdinalIgnoreCase);

    public bool HasConfirmed(string unitCode) =>
        Confirmations.Any(c => string.Equals(c.UnitCode, unitCode, StringComparison.OrdinalIgnoreCase));

    public TrackedItem ToTrackedItem() => new(TrackedItemKind.Task, UnitCode, Code, Description, AssignedUtc, CurrentDueUtc, FinishedUtc);
}
