using Microsoft.Extensions.Options;
using Par.Bot.Handlers.Routing;
using Par.Bot.Hosting;
using Par.Bot.Work;
using Par.Core.Emulation;

namespace Par.Bot.Handlers.Emulation;

public static class EmulationExtensions
{
    /// <summary>The emulation weights (<c>Emulation:*</c>, validated at start), the service and /emulation with its export.</summary>
    public static IHostApplicationBuilder AddParEmulation(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSection<EmulationOptions>(EmulationOptions.Section);
        services.AddSingleton<IValidateOptions<EmulationOptions>, EmulationOptionsValidator>();
        services.AddSingleton<EmulationService>();
        services.AddSingleton<EmulationTables>();
        services.AddSingleton<ICommand, EmulationCommand>();
        services.AddSingleton<ICallbackHandler, EmulationExportButton>();
        services.AddSingleton<IBackgroundWork, EmulationExportWork>();
        return builder;
    }
}
