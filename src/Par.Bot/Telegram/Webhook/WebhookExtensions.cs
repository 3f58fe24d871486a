using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Par.Bot.Telegram.Webhook;

public static class WebhookExtensions
{
    /// <summary>The webhook's secret, endpoint and registration; in polling mode the registration does nothing.</summary>
    public static IServiceCollection AddParWebhook(this IServiceCollection services)
    {
        services.AddSingleton<WebhookSecret>();
        services.AddSingleton<WebhookEndpoint>();
        services.AddHostedService<WebhookRegistration>();
        return services;
    }

    /// <summary>
    /// A catch-all POST, as the path comes from Telegram:WebhookUrl, whose options are read only when the host runs;
    /// the endpoint answers 404 to anything but the webhook's path.
    /// </summary>
    public static WebApplication MapParWebhook(this WebApplication app)
    {
        app.MapPost("/{**path}", (HttpContext context) => app.Services.GetRequiredService<WebhookEndpoint>().HandleAsync(context));
        return app;
    }
}
