using Par.Bot.Handlers.Routing;
using Par.Bot.Handlers.Tasks;
using Par.Core.Dossiers;
using Par.Core.Storage;
using Par.Core.Tasks;

namespace Par.Bot.Handlers.Dossiers;

public static class DossiersExtensions
{
    /// <summary>Options, services and handlers of dossiers, tasks and late items.</summary>
    public static IHostApplicationBuilder AddParDossiers(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddParDossierStorage();
        services.AddSingleton<DossierImportService>();
        services.AddSingleton<DossierCompletion>();
        services.AddSingleton<LateItemsService>();
        services.AddSingleton<TaskService>();
        services.AddSingleton<NotificationRecipients>();

        services.AddSingleton<IDocumentImporter, DossierImporter>();
        services.AddSingleton<UnitItemPages>();
        services.AddSingleton<ICommand, OverdueCommand>();
        services.AddSingleton<ICallbackHandler, OverdueUnitButton>();
        services.AddSingleton<ICallbackHandler, ItemPageButton>();
        services.AddSingleton<ICallbackHandler, ItemDoneButton>();
        services.AddSingleton<ICallbackHandler, LateFileButton>();
        services.AddSingleton<ICommand, DoneCommand>();

        services.AddSingleton<TaskAssignment>();
        services.AddSingleton<TaskCompletion>();
        services.AddSingleton<NewTaskFlow>();
        services.AddSingleton<IFlow>(sp => sp.GetRequiredService<NewTaskFlow>());
        services.AddSingleton<IFlow, TaskResultFlow>();
        services.AddSingleton<ICallbackHandler, NewTaskButtons>();
        services.AddSingleton<ICallbackHandler, TaskDoneButton>();
        services.AddSingleton<ICommand, TasksCommand>();
        return builder;
    }
}
