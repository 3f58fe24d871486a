using Microsoft.Extensions.Options;
using Par.Core.Portal;

namespace Par.Bot.Portal;

public static class PortalFetchExtensions
{
    /// <summary>The scheduled fetch of the portal's responses (off while Portal:BaseUrl is empty): its client, its run and its job.</summary>
    /// <remarks>The options themselves are bound with the portal import (<c>AddParPortal</c>).</remarks>
    public static IHostApplicationBuilder AddParPortalFetch(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<IValidateOptions<PortalOptions>, PortalOptionsValidator>();
        services.AddHttpClient<PortalClient>((sp, http) =>
        {
            var options = sp.GetRequiredService<IOptions<PortalOptions>>().Value;
            if (options.FetchesOnSchedule)
                http.BaseAddress = new Uri(options.BaseUrl.TrimEnd('/') + "/");
            // Each attempt has its own timeout (Portal:RequestTimeoutSeconds), and retries are the client's.
            http.Timeout = Timeout.InfiniteTimeSpan;
        });
        services.AddTransient<PortalFetch>();
        services.AddTransient<PortalFetchJob>();
        services.AddHostedService<PortalFetchSchedule>();
        return builder;
    }
}
