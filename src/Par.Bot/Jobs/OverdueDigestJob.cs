using Quartz;

namespace Par.Bot.Jobs;

/// <summary>Fires the morning digest of overdue and due-soon items; the runner decides which slot is due.</summary>
public sealed class OverdueDigestJob(ReminderRunner runner) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await runner.RunDueAsync(ReminderSchedule.Digest, context.ScheduledFireTimeUtc, cancellationToken);
}
