using Microsoft.Extensions.Options;
using Quartz;

namespace Par.Bot.Jobs;

/// <summary>Refuses a bad reminder setting at start with one line naming its key.</summary>
internal sealed class ReminderOptionsValidator : IValidateOptions<ReminderOptions>
{
    public ValidateOptionsResult Validate(string? name, ReminderOptions options)
    {
        foreach (var (key, cron) in Crons(options))
        {
            if (!CronExpression.TryParse(cron ?? "", out _))
                return ValidateOptionsResult.Fail($"{ReminderOptions.Section}:{key} '{cron}' is not a valid cron expression (e.g. \"0 0 8 ? * MON-FRI\").");
        }
        if (options.DueSoonHours is < 1 or > 24 * 30)
            return ValidateOptionsResult.Fail($"{ReminderOptions.Section}:DueSoonHours must be between 1 and 720, not {options.DueSoonHours}.");
        if (options.EscalateAfterDays is < 1 or > 365)
            return ValidateOptionsResult.Fail($"{ReminderOptions.Section}:EscalateAfterDays must be between 1 and 365, not {options.EscalateAfterDays}.");
        if (options.ReportDeadlineDay is < 1 or > 28)
            return ValidateOptionsResult.Fail($"{ReminderOptions.Section}:ReportDeadlineDay must be between 1 and 28, not {options.ReportDeadlineDay}.");
        return ValidateOptionsResult.Success;
    }

    private static IEnumerable<(string Key, string Cron)> Crons(ReminderOptions options) =>
    [
        (nameof(ReminderOptions.DigestCron), options.DigestCron),
        (nameof(ReminderOptions.ReportReminderCron), options.ReportReminderCron),
        (nameof(ReminderOptions.EscalationCron), options.EscalationCron),
        (nameof(ReminderOptions.TaskReminderCron), options.TaskReminderCron),
    ];
}
