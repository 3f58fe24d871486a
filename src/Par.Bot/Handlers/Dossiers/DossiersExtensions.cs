namespace Par.Bot.Handlers.Dossiers;

public static class DossiersExtensions
{
    /// <summary>Options, services and handlers of dossiers, tasks and late items.</summary>
    public static IHostApplicationBuilder AddParDossiers(this IHostApplicationBuilder builder)
    {
        return builder;
    }
}
