using Par.Bot.Handlers.Routing;
using Par.Bot.Hosting;
using Par.Core.Portal;

namespace Par.Bot.Handlers.Portal;

public static class PortalExtensions
{
    /// <summary>The <c>Portal</c> options, the import of the portal's responses (files, the period question) and the unit-creation button.</summary>
    public static IHostApplicationBuilder AddParPortal(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSection<PortalOptions>(PortalOptions.Section);
        services.AddSingleton<PortalImportService>();
        services.AddSingleton<PortalImportRun>();
        services.AddSingleton<PortalPeriodFlow>();
        services.AddSingleton<IFlow>(sp => sp.GetRequiredService<PortalPeriodFlow>());
        services.AddSingleton<ICallbackHandler>(sp => sp.GetRequiredService<PortalPeriodFlow>());
        services.AddSingleton<ICallbackHandler, PortalCreateButton>();
        services.AddSingleton<IFileImporter, PortalFileImporter>();
        return builder;
    }
}
