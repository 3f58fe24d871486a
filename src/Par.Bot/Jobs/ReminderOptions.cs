namespace Par.Bot.Jobs;

/// <summary>When reminders run (Quartz cron expressions in the province's time zone) and what counts as late.</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>Morning digest of overdue and due-soon items to each unit's members; working days 08:00.</summary>
    public string DigestCron { get; set; } = "0 0 8 ? * MON-FRI";
    /// <summary>Report-deadline reminder to units that have not reported the month just ended; days 3 and 5, 09:00.</summary>
    public string ReportReminderCron { get; set; } = "0 0 9 3,5 * ?";
    /// <summary>Escalation digest to admins: long-overdue items and units past the report deadline; daily 16:00.</summary>
    public string EscalationCron { get; set; } = "0 0 16 * * ?";
    /// <summary>Task deadline reminders (7, 3, 1 working days before, and each morning once overdue) to who answers for each; working days 08:30.</summary>
    public string TaskReminderCron { get; set; } = "0 30 8 ? * MON-FRI";
    /// <summary>An unfinished item due within this many hours is due soon.</summary>
    public int DueSoonHours { get; set; } = 24;
    /// <summary>An item overdue by more than this many days is escalated to admins, and a task to whoever assigned it.</summary>
    public int EscalateAfterDays { get; set; } = 3;
    /// <summary>A month's report is due by this day of the next month.</summary>
    public int ReportDeadlineDay { get; set; } = 5;
}
