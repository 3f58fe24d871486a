using Microsoft.AspNetCore.Builder;
using Par.Bot.Backups;
using Par.Bot.Health;
using Par.Bot.Hosting;
using Par.Bot.Metrics;
using Par.Bot.Telegram.Webhook;

namespace Par.Bot.Web;

public static class WebExtensions
{
    /// <summary>The options of the bot's HTTP endpoint; the endpoints themselves come from their features.</summary>
    public static IHostApplicationBuilder AddParWeb(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSection<WebOptions>(WebOptions.Section);
        return builder;
    }

    /// <summary>
    /// Read once the configuration is complete (tests add theirs last), because Kestrel takes its addresses before
    /// options are bound.
    /// </summary>
    public static string UrlsOf(IConfiguration configuration) =>
        configuration[$"{WebOptions.Section}:{nameof(WebOptions.Urls)}"] is { Length: > 0 } urls ? urls : WebOptions.DefaultUrls;

    /// <summary>Every endpoint of the bot's HTTP side.</summary>
    public static WebApplication MapParWeb(this WebApplication app)
    {
        app.MapParHealth();
        app.MapParMetrics();
        app.MapParBackups();
        app.MapParWebhook();
        return app;
    }
}
