using Quartz;

namespace Par.Bot.Jobs;

/// <summary>Fires the task deadline reminders; the runner decides which slot is due.</summary>
public sealed class TaskReminderJob(ReminderRunner runner) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await runner.RunDueAsync(ReminderSchedule.TaskReminder, context.ScheduledFireTimeUtc, cancellationToken);
}
