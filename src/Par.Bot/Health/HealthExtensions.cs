using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using Par.Bot.Hosting;
using Par.Core.Storage;

namespace Par.Bot.Health;

public static class HealthExtensions
{
    /// <summary>Checks that decide readiness; liveness runs none (the process answers, so it lives).</summary>
    public const string ReadyTag = "ready";

    /// <summary>/healthz and /readyz, with the checks of the store, the update flow and the outbox.</summary>
    public static IHostApplicationBuilder AddParHealth(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSection<HealthOptions>(HealthOptions.Section);
        services.AddSingleton<StoreProbe>();
        services.AddHealthChecks()
            .AddCheck<StoreHealthCheck>("store", tags: [ReadyTag])
            .AddCheck<UpdatesHealthCheck>("updates", tags: [ReadyTag])
            .AddCheck<OutboxHealthCheck>("outbox", tags: [ReadyTag]);
        return builder;
    }

    public static IEndpointRouteBuilder MapParHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthResponse.WriteAsync });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = HealthResponse.WriteAsync });
        return app;
    }
}
