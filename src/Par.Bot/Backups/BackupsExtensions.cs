using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Par.Bot.Health;
using Par.Bot.Hosting;
using Par.Core.Storage;
using Quartz;

namespace Par.Bot.Backups;

public static class BackupsExtensions
{
    private const string JobName = "backup";

    /// <summary>Backups of the running store: the service, its nightly schedule, its readiness check and the endpoint the <c>backup</c> command asks.</summary>
    public static IHostApplicationBuilder AddParBackups(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSection<BackupOptions>(BackupOptions.Section);
        services.AddSingleton<IValidateOptions<BackupOptions>, BackupOptionsValidator>();
        services.AddSingleton<BackupService>();
        services.AddSingleton(sp => ControlToken.Create(sp.GetRequiredService<IOptions<StorageOptions>>().Value.Path));
        services.AddSingleton<BackupEndpoint>();
        services.AddHealthChecks().AddCheck<BackupHealthCheck>("backup", tags: [HealthExtensions.ReadyTag]);
        services.AddQuartz(quartz =>
        {
            quartz.AddJob<BackupJob>(job => job.WithIdentity(JobName));
            quartz.AddTrigger<BackupJob>((sp, trigger) => trigger
                .WithIdentity(JobName)
                .ForJob(JobName)
                .WithCronSchedule(
                    sp.GetRequiredService<IOptions<BackupOptions>>().Value.Cron,
                    cron => cron.InTimeZone(sp.GetRequiredService<ProvinceClock>().Zone)));
        });
        return builder;
    }

    public static WebApplication MapParBackups(this WebApplication app)
    {
        // Written once the host runs (the store's folder exists then), so the backup command finds it as soon as it can ask.
        app.Lifetime.ApplicationStarted.Register(() => app.Services.GetRequiredService<ControlToken>());
        app.MapPost(BackupEndpoint.Path, (HttpContext context) => app.Services.GetRequiredService<BackupEndpoint>().HandleAsync(context));
        return app;
    }
}
