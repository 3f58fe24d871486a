using Microsoft.Extensions.Options;
using Par.Bot.Hosting;
using Par.Core.Outbox;

namespace Par.Bot.Telegram.Sending;

public static class SendingExtensions
{
    /// <summary>The outgoing gateway behind <see cref="IOutbox"/>: its limits, the Bot API sender and the dispatcher.</summary>
    public static IServiceCollection AddParSending(this IServiceCollection services)
    {
        services.AddSection<SendingOptions>(SendingOptions.Section);
        services.AddSingleton<IPostConfigureOptions<SendingOptions>, BroadcastSectionAlias>();
        services.AddSingleton<TelegramSender>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<IOutboxGateway>(sp => sp.GetRequiredService<OutboxDispatcher>());
        services.AddSingleton<IDeliveryOutcomes>(sp => sp.GetRequiredService<OutboxDispatcher>());
        services.AddSingleton<IBroadcastWithdrawal>(sp => sp.GetRequiredService<OutboxDispatcher>());
        // Registered before the poller, so rows left pending by the last run are loaded before new updates arrive.
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        return services;
    }
}
