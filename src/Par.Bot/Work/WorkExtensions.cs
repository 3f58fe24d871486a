using Par.Core.Storage;

namespace Par.Bot.Work;

public static class WorkExtensions
{
    /// <summary>The background runner of queued work and its store; each feature registers its kinds (<see cref="IBackgroundWork"/>).</summary>
    public static IHostApplicationBuilder AddParWork(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddParWorkStorage();
        services.AddSingleton<WorkContexts>();
        services.AddSingleton<WorkRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<WorkRunner>());
        return builder;
    }
}
