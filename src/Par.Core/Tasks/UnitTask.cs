using Par.Core.Dossiers;

namespace Par.Core.Tasks;

/// <summary>
/// Work an official assigned to a unit: clear owner, clear work, clear deadline, and once done a short
/// result. <see cref="Number"/> is given by the store and shown as <see cref="Code"/> (<c>T-12</c>).
/// </summary>
public sealed record UnitTask
{
    public int Number { get; init; }
    public required string UnitCode { get; init; }
    public required string Description { get; init; }
    public required DateTime DueUtc { get; init; }
    public long AssignedBy { get; init; }
    public DateTime AssignedUtc { get; init; }
    public DateTime? FinishedUtc { get; init; }
    public string? Result { get; init; }
    public long? FinishedBy { get; init; }

    public string Code => TaskCode.Format(Number);

    public bool IsOpen => FinishedUtc is null;

    public TrackedItem ToTrackedItem() => new(TrackedItemKind.Task, UnitCode, Code, Description, AssignedUtc, DueUtc, FinishedUtc);
}
