namespace Par.Bot.Handlers.Broadcasts;

public static class BroadcastsExtensions
{
    /// <summary>Options, services and handlers of broadcasts and acknowledgements.</summary>
    public static IHostApplicationBuilder AddParBroadcasts(this IHostApplicationBuilder builder)
    {
        return builder;
    }
}
