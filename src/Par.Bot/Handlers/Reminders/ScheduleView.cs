namespace Par.Bot.Handlers.Reminders;

/// <summary>A reminder schedule as /schedule shows it, times local to the province.</summary>
public sealed record ScheduleView(
    string Name, string OptionKey, string Cron, CronShape Shape, IReadOnlyList<DateTimeOffset> NextLocal, DateTimeOffset? LastHandledLocal);
