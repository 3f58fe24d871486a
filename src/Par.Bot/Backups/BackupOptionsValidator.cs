using Microsoft.Extensions.Options;
using Quartz;

namespace Par.Bot.Backups;

/// <summary>Refuses a Backup:Cron Quartz cannot read at start, naming the key.</summary>
internal sealed class BackupOptionsValidator : IValidateOptions<BackupOptions>
{
    public ValidateOptionsResult Validate(string? name, BackupOptions options) =>
        CronExpression.TryParse(options.Cron ?? "", out _)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{BackupOptions.Section}:Cron '{options.Cron}' is not a valid cron expression (e.g. \"0 0 2 * * ?\").");
}
