using Par.Bot.Handlers.Documents;
using Par.Core.Storage;

namespace Par.Bot.Work;

public static class WorkExtensions
{
    /// <summary>The background runner of queued work (imported files) and its store.</summary>
    public static IHostApplicationBuilder AddParWork(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddParWorkStorage();
        services.AddSingleton<DocumentImport>();
        services.AddSingleton<WorkRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<WorkRunner>());
        return builder;
    }
}
