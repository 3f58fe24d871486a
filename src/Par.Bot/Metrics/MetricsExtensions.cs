using Microsoft.AspNetCore.Builder;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using Par.Bot.Hosting;

namespace Par.Bot.Metrics;

public static class MetricsExtensions
{
    /// <summary>The standard variable of OpenTelemetry's exporters: set, metrics are also pushed there over OTLP.</summary>
    private const string OtlpEndpoint = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The "Par" meter, runtime metrics, Prometheus text at /metrics and, when configured, OTLP.</summary>
    public static IHostApplicationBuilder AddParMetrics(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSection<MetricsOptions>(MetricsOptions.Section);
        builder.Services.AddSingleton<ParMetrics>();
        return builder;
    }

    /// <summary>
    /// After the configuration is complete (tests add theirs last): whether OpenTelemetry is registered at all is
    /// decided by Metrics:Enabled, so a host without metrics carries no listener.
    /// </summary>
    public static IHostApplicationBuilder AddParMetricsExport(this IHostApplicationBuilder builder)
    {
        if (!Enabled(builder.Configuration))
            return builder;
        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpoint]);
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("par-bot"))
            .WithMetrics(metrics =>
            {
                // A scrape reads the instruments as they are now: no cached answer between scrapes.
                metrics.AddMeter(ParMetrics.MeterName).AddRuntimeInstrumentation().AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0);
                if (otlp)
                    metrics.AddOtlpExporter();
            });
        return builder;
    }

    public static WebApplication MapParMetrics(this WebApplication app)
    {
        if (Enabled(app.Configuration))
            app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }

    private static bool Enabled(IConfiguration configuration) =>
        !bool.TryParse(configuration[$"{MetricsOptions.Section}:{nameof(MetricsOptions.Enabled)}"], out var enabled) || enabled;
}
