using Microsoft.Extensions.Options;
using Par.Bot.Hosting;
using Par.Core.Portal;
using Quartz;

namespace Par.Bot.Portal;

/// <summary>
/// Schedules <see cref="PortalFetchJob"/> at start when Portal:BaseUrl is set, and nothing otherwise: the settings are
/// known only once the host is built, after Quartz's own registrations.
/// </summary>
internal sealed class PortalFetchSchedule(ISchedulerFactory schedulers, IOptions<PortalOptions> options, ProvinceClock clock) : IHostedService
{
    public const string Name = "portal-fetch";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.FetchesOnSchedule)
        {
            return;
        }

        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var job = JobBuilder.Create<PortalFetchJob>().WithIdentity(Name).Build();
        // On the scheduler's clock (the container's TimeProvider), which its fire times are read on.
        var trigger = TriggerBuilder.Create(scheduler.TimeProvider)
            .WithIdentity(Name)
            .ForJob(job)
            .WithCronSchedule(options.Value.FetchCron, cron => cron.InTimeZone(clock.Zone))
            .Build();
        await scheduler.ScheduleJob(job, trigger, cancellationToken: cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
