using Microsoft.Extensions.Options;
using Par.Bot.Hosting;

namespace Par.Bot.Telegram.Sending;

public static class SendingExtensions
{
    /// <summary>The outgoing gateway: its limits, the Bot API sender and the dispatcher.</summary>
    public static IServiceCollection AddParSending(this IServiceCollection services)
    {
        services.AddSection<SendingOptions>(SendingOptions.Section);
        services.AddSingleton<IPostConfigureOptions<SendingOptions>, BroadcastSectionAlias>();
        services.AddSingleton<TelegramSender>();
        services.AddSingleton<OutboxDispatcher>();
        // Registered before the poller, so rows left pending by the last run are loaded before new updates arrive.
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        return services;
    }
}
