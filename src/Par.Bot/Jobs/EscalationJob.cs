using Quartz;

namespace Par.Bot.Jobs;

/// <summary>Fires the escalation digest to admins; the runner decides which slot is due.</summary>
public sealed class EscalationJob(ReminderRunner runner) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await runner.RunDueAsync(ReminderSchedule.Escalation, context.ScheduledFireTimeUtc, cancellationToken);
}
