using Microsoft.Extensions.DependencyInjection;
using Par.Core.Dossiers;
using Par.Core.Reminders;
using Par.Core.Tasks;

namespace Par.Core.Storage;

public static class DossierStorageExtensions
{
    /// <summary>The LiteDB stores of dossiers, tasks and reminder slots; needs a <see cref="ParDatabase"/> registered.</summary>
    public static IServiceCollection AddParDossierStorage(this IServiceCollection services)
    {
        services.AddSingleton<IDossierStore, LiteDossierStore>();
        services.AddSingleton<ITaskStore, LiteTaskStore>();
        services.AddSingleton<IReminderSlotLog, LiteReminderSlotLog>();
        return services;
    }
}
