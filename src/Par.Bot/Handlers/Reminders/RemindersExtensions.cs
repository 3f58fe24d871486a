using Par.Bot.Handlers.Routing;

namespace Par.Bot.Handlers.Reminders;

public static class RemindersExtensions
{
    /// <summary>/schedule; the schedules it shows and the jobs that run them come from <c>AddParJobs</c>.</summary>
    public static IHostApplicationBuilder AddParReminders(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ICommand, ScheduleCommand>();
        return builder;
    }
}
