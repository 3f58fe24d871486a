namespace Par.Core.Tasks;

public enum TaskReminderKind
{
    /// <summary>7, 3 or 1 working days before the deadline in force.</summary>
    Before,
    /// <summary>Every working morning once the deadline has passed.</summary>
    Overdue,
    /// <summary>Overdue longer than the escalation threshold: the assigner is told.</summary>
    Escalation,
}
