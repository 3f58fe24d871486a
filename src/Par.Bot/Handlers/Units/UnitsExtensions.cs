using Par.Bot.Handlers.Routing;
using Par.Core.Units;

namespace Par.Bot.Handlers.Units;

public static class UnitsExtensions
{
    /// <summary>The unit service and /units with its unit files and merges (previewed, then confirmed by button).</summary>
    public static IHostApplicationBuilder AddParUnits(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<UnitService>();

        services.AddSingleton<UnitMergeSubcommand>();
        services.AddSingleton<ICallbackHandler, UnitMergeButtons>();
        services.AddSingleton<ICommand, UnitsCommand>();
        services.AddSingleton<IDocumentImporter, UnitImporter>();
        return builder;
    }
}
