using Microsoft.Extensions.Options;
using Par.Bot.Hosting;
using Par.Bot.Telegram.Sending;
using Par.Bot.Telegram.Webhook;
using Telegram.Bot;

namespace Par.Bot.Telegram;

public static class TelegramExtensions
{
    /// <summary>The Bot API client, polling or the webhook, and the outgoing gateway; the handlers come from their features.</summary>
    public static IHostApplicationBuilder AddParTelegram(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSection<TelegramOptions>(TelegramOptions.Section);
        services.AddSingleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>();

        services.AddSingleton<ITelegramBotClient>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;
            var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            {
                Timeout = TimeSpan.FromSeconds(options.PollTimeoutSeconds + 30),
            };
            // The gateway owns retries (it pauses every send on 429), so the client must not hold calls itself.
            return new TelegramBotClient(new TelegramBotClientOptions(options.Token, options.ApiBaseUrl) { RetryThreshold = 0, RetryCount = 0 }, http);
        });
        services.AddSingleton<BotIdentity>();
        services.AddSingleton<CommandMenu>();
        services.AddSingleton<TelegramFiles>();
        services.AddParSending();
        services.AddSingleton<UpdateProcessor>();
        services.AddSingleton<UpdateHeartbeat>();
        services.AddSingleton<UpdateBatchHandler>();
        services.AddHostedService<UpdatePoller>();
        services.AddParWebhook();
        return builder;
    }
}
