using Microsoft.Extensions.Options;
using Par.Bot.Backups;
using Par.Bot.Handlers.Routing;
using Par.Bot.Hosting;
using Par.Core.Access;

namespace Par.Bot.Handlers.Backups;

/// <summary>/backup: when the store was last backed up, how big the copy is, any failure since, and the schedule.</summary>
public sealed class BackupCommand(BackupService backups, IOptions<BackupOptions> options, ProvinceClock clock) : ICommand
{
    public string Name => "backup";
    public Permission Permission => Permission.ViewBackups;

    public Task HandleAsync(BotContext context, CancellationToken cancellationToken)
    {
        var last = backups.LastSuccess;
        var failure = backups.LastFailure;
        context.Reply(context.T.BackupStatus(last, Local(last), failure, Local(failure), options.Value));
        return Task.CompletedTask;
    }

    private DateTimeOffset? Local(BackupRecord? record) => record is null ? null : TimeZoneInfo.ConvertTime(record.AtUtc, clock.Zone);
}
