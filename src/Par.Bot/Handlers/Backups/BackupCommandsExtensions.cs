using Par.Bot.Handlers.Routing;

namespace Par.Bot.Handlers.Backups;

public static class BackupCommandsExtensions
{
    /// <summary>/backup; the backups it reports on come from <c>AddParBackups</c>.</summary>
    public static IHostApplicationBuilder AddParBackupCommands(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ICommand, BackupCommand>();
        return builder;
    }
}
