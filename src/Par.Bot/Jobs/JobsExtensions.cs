using Microsoft.Extensions.Options;
using Par.Bot.Hosting;
using Par.Core.Dossiers;
using Quartz;

namespace Par.Bot.Jobs;

public static class JobsExtensions
{
    /// <summary>The Quartz scheduler and one job per reminder schedule.</summary>
    public static IHostApplicationBuilder AddParJobs(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSection<ReminderOptions>(ReminderOptions.Section);
        services.AddSingleton<IValidateOptions<ReminderOptions>, ReminderOptionsValidator>();
        services.AddSingleton(sp => LateRulesOf(sp.GetRequiredService<IOptions<ReminderOptions>>().Value));
        services.AddSection<CalendarOptions>(CalendarOptions.Section);
        services.AddSingleton<IValidateOptions<CalendarOptions>, CalendarOptionsValidator>();
        services.AddSingleton(sp => CalendarOptionsValidator.CalendarOf(sp.GetRequiredService<IOptions<CalendarOptions>>().Value));

        services.AddSingleton<ReminderSchedules>();
        services.AddSingleton<IReminder, OverdueDigest>();
        services.AddSingleton<IReminder, ReportDeadlineReminder>();
        services.AddSingleton<IReminder, EscalationDigest>();
        services.AddSingleton<IReminder, TaskDeadlineReminder>();
        services.AddSingleton<ReminderRunner>();
        services.AddHostedService<ReminderCatchUp>();

        // Quartz takes the container's TimeProvider, so its fire times follow the injected clock too.
        builder.AddQuartz(quartz =>
        {
            quartz.AddCalendar(
                ReminderSchedules.HolidayCalendarName,
                sp => sp.GetRequiredService<ReminderSchedules>().Holidays,
                new AddCalendarOptions { Replace = true, UpdateTriggers = true });
            Schedule<OverdueDigestJob>(quartz, ReminderSchedule.Digest);
            Schedule<ReportReminderJob>(quartz, ReminderSchedule.ReportReminder);
            Schedule<EscalationJob>(quartz, ReminderSchedule.Escalation);
            Schedule<TaskReminderJob>(quartz, ReminderSchedule.TaskReminder);
        });
        builder.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return builder;
    }

    private static void Schedule<TJob>(IQuartzBuilder quartz, string name) where TJob : IJob
    {
        quartz.AddJob<TJob>(job => job.WithIdentity(name).DisallowConcurrentExecution());
        // Quartz's default misfire policy fires a late trigger once; the runner then picks the due slot and never repeats one.
        quartz.AddTrigger<TJob>((sp, trigger) => trigger
            .WithIdentity(name)
            .ForJob(name)
            .WithCalendarName(ReminderSchedules.HolidayCalendarName)
            .WithCronSchedule(
                sp.GetRequiredService<ReminderSchedules>()[name].Cron.CronExpressionString,
                cron => cron.InTimeZone(sp.GetRequiredService<ProvinceClock>().Zone)));
    }

    private static LateRules LateRulesOf(ReminderOptions options) =>
        new(TimeSpan.FromHours(options.DueSoonHours), TimeSpan.FromDays(options.EscalateAfterDays));
}
