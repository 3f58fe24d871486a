using Quartz;

namespace Par.Bot.Jobs;

/// <summary>One reminder schedule: its name (also its Quartz job and trigger key) and its cron expression in the province's zone.</summary>
public sealed record ReminderSchedule(string Name, string OptionKey, CronExpression Cron)
{
    public const string Digest = "digest";
    public const string ReportReminder = "report-reminder";
    public const string Escalation = "escalation";

    /// <summary>The first fire time strictly after <paramref name="after"/>.</summary>
    public DateTimeOffset? NextFireAfter(DateTimeOffset after) => Cron.GetNextValidTimeAfter(after);

    /// <summary>The next <paramref name="count"/> fire times after <paramref name="after"/>.</summary>
    public IReadOnlyList<DateTimeOffset> NextFireTimes(DateTimeOffset after, int count)
    {
        var times = new List<DateTimeOffset>(count);
        for (var next = NextFireAfter(after); next is { } time && times.Count < count; next = NextFireAfter(time))
            times.Add(time);
        return times;
    }
}
