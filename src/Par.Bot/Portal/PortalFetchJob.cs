using Quartz;

namespace Par.Bot.Portal;

/// <summary>Portal:FetchCron: the portal's figures of the month before and of the current month so far.</summary>
[DisallowConcurrentExecution]
public sealed class PortalFetchJob(PortalFetch fetch) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await fetch.RunAsync(cancellationToken);
}
