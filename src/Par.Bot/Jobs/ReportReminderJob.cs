using Quartz;

namespace Par.Bot.Jobs;

/// <summary>Fires the report-deadline reminder; the runner decides which slot is due.</summary>
public sealed class ReportReminderJob(ReminderRunner runner) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await runner.RunDueAsync(ReminderSchedule.ReportReminder, context.ScheduledFireTimeUtc, cancellationToken);
}
