using Quartz;

namespace Par.Bot.Backups;

/// <summary>Backup:Cron: one backup into Backup:Folder.</summary>
[DisallowConcurrentExecution]
public sealed class BackupJob(BackupService backups) : IJob
{
    /// <summary>On the thread pool: the copy is synchronous, its transaction bound to one thread.</summary>
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await Task.Run(backups.MakeScheduled, cancellationToken);
}
