using Par.Bot.Handlers.Routing;
using Par.Core.Dossiers;
using Par.Core.Storage;

namespace Par.Bot.Handlers.Dossiers;

public static class DossiersExtensions
{
    /// <summary>Storage of dossiers, tasks and reminder slots; the services and handlers of dossiers and late items.</summary>
    public static IHostApplicationBuilder AddParDossiers(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddParDossierStorage();
        services.AddSingleton<DossierImportService>();
        services.AddSingleton<DossierCompletion>();
        services.AddSingleton<LateItemsService>();
        services.AddSingleton<DossierCompletion>();

        services.AddSingleton<IDocumentImporter, DossierImporter>();
        services.AddSingleton<UnitItemPages>();
        services.AddSingleton<ICommand, OverdueCommand>();
        services.AddSingleton<ICallbackHandler, OverdueUnitButton>();
        services.AddSingleton<ICallbackHandler, ItemPageButton>();
        services.AddSingleton<ICallbackHandler, ItemDoneButton>();
        services.AddSingleton<ICallbackHandler, LateFileButton>();
        services.AddSingleton<ICommand, DoneCommand>();
        return builder;
    }
}
