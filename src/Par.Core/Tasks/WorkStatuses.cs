namespace Par.Core.Tasks;

/// <summary>
/// A task's status at any moment T from its dates alone: what was done by T and which deadline applied at T
/// (the approved extension once it was decided, else the original one). Pure, so a locked month can be
/// computed again as it stood when it was locked.
/// </summary>
public static class WorkStatuses
{
    public static WorkStatus Of(UnitTask task, DateTime atUtc) => Of(task.FinishedUtc, task.DueAt(atUtc), atUtc);

    /// <summary>A coordinating unit's part: done when the unit confirmed it, against the task's deadline.</summary>
    public static WorkStatus OfPart(UnitTask task, string unitCode, DateTime atUtc) =>
        Of(task.Confirmations.FirstOrDefault(c => string.Equals(c.UnitCode, unitCode, StringComparison.OrdinalIgnoreCase))?.AtUtc, task.DueAt(atUtc), atUtc);

    public static WorkStatus Of(DateTime? doneUtc, DateTime dueUtc, DateTime atUtc)
    {
        if (doneUtc is { } done && done <= atUtc)
            return done <= dueUtc ? WorkStatus.DoneOnTime : WorkStatus.DoneLate;
        return atUtc <= dueUtc ? WorkStatus.InProgress : WorkStatus.Overdue;
    }
}
