namespace Par.Bot.Handlers.Reminders;

public enum CronShapeKind
{
    WorkingDays,
    Daily,
    DaysOfMonth,
    Other,
}
