using Quartz;

namespace Par.Bot.Jobs;

/// <summary>
/// One reminder schedule: its name (also its Quartz job and trigger key), its cron expression in the province's
/// zone, and the holiday calendar its trigger is modified by, so catch-up and /schedule skip the same days Quartz does.
/// </summary>
public sealed record ReminderSchedule(string Name, string OptionKey, CronExpression Cron, ICalendar Holidays)
{
    public const string Digest = "digest";
    public const string ReportReminder = "report-reminder";
    public const string Escalation = "escalation";
    public const string TaskReminder = "task-reminder";

    /// <summary>The first fire time strictly after <paramref name="after"/> that is not on a holiday.</summary>
    public DateTimeOffset? NextFireAfter(DateTimeOffset after)
    {
        var next = Cron.GetNextValidTimeAfter(after);
        while (next is { } time && !Holidays.IsTimeIncluded(time))
            next = Cron.GetNextValidTimeAfter(time);
        return next;
    }

    /// <summary>The next <paramref name="count"/> fire times after <paramref name="after"/>.</summary>
    public IReadOnlyList<DateTimeOffset> NextFireTimes(DateTimeOffset after, int count)
    {
        var times = new List<DateTimeOffset>(count);
        for (var next = NextFireAfter(after); next is { } time && times.Count < count; next = NextFireAfter(time))
            times.Add(time);
        return times;
    }
}
