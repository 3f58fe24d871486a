namespace Par.Bot.Handlers.Routing;

public static class RoutingExtensions
{
    /// <summary>The router that hands each update to its handler, and the recipients of notifications handlers send.</summary>
    public static IHostApplicationBuilder AddParRouting(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<UpdateRouter>();
        services.AddSingleton<NotificationRecipients>();
        return builder;
    }
}
