namespace Par.Core.Tasks;

/// <summary>A reminder a task is due today: its kind and the working days left (or, once overdue, gone by).</summary>
public sealed record TaskReminderDue(UnitTask Task, TaskReminderKind Kind, int WorkingDays);
