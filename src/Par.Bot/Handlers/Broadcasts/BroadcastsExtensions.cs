using Par.Bot.Handlers.Routing;
using Par.Bot.Hosting;
using Par.Core.Storage;

namespace Par.Bot.Handlers.Broadcasts;

public static class BroadcastsExtensions
{
    /// <summary>Options, services and handlers of broadcasts and acknowledgements.</summary>
    public static IHostApplicationBuilder AddParBroadcasts(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSection<BroadcastOptions>(BroadcastOptions.Section);
        services.AddParBroadcastStorage();
        services.AddSingleton<BroadcastTracker>();
        services.AddHostedService(sp => sp.GetRequiredService<BroadcastTracker>());
        services.AddSingleton<BroadcastLauncher>();
        services.AddSingleton<BroadcastDrafts>();

        services.AddSingleton<ICommand, BroadcastCommand>();
        services.AddSingleton<IFlow, BroadcastFlow>();
        services.AddSingleton<ICallbackHandler, BroadcastAudienceButtons>();
        services.AddSingleton<ICallbackHandler, BroadcastConfirmButtons>();
        services.AddSingleton<ICallbackHandler, BroadcastStatusButtons>();
        services.AddSingleton<ICallbackHandler, BroadcastStopButtons>();
        services.AddSingleton<ICallbackHandler, AcknowledgeButtons>();
        return builder;
    }
}
