namespace Par.Core.Dossiers;

/// <summary>An item with its lateness at one moment. <paramref name="UntilDue"/> is negative once it is overdue.</summary>
public readonly record struct LateItem(TrackedItem Item, LateStatus Status, TimeSpan UntilDue)
{
    public bool IsOverdue => Status is LateStatus.Overdue or LateStatus.LongOverdue;

    /// <summary>Overdue or due soon: what late lists, digests and escalation show.</summary>
    public bool IsLate => IsOverdue || Status == LateStatus.DueSoon;

    public TimeSpan OverdueBy => UntilDue < TimeSpan.Zero ? UntilDue.Negate() : TimeSpan.Zero;

    public TimeSpan DueIn => UntilDue > TimeSpan.Zero ? UntilDue : TimeSpan.Zero;
}
