using Microsoft.Extensions.Options;
using Par.Bot.Hosting;
using Par.Core.Reminders;
using Quartz;

namespace Par.Bot.Jobs;

/// <summary>
/// The reminder schedules from configuration, resolved in the province's time zone, and which slot of a
/// schedule is due: a slot missed while the bot was down is caught up on the same local day only.
/// </summary>
public sealed class ReminderSchedules(IOptions<ReminderOptions> options, ProvinceClock clock)
{
    public IReadOnlyList<ReminderSchedule> All { get; } =
    [
        Schedule(ReminderSchedule.Digest, nameof(ReminderOptions.DigestCron), options.Value.DigestCron, clock.Zone),
        Schedule(ReminderSchedule.ReportReminder, nameof(ReminderOptions.ReportReminderCron), options.Value.ReportReminderCron, clock.Zone),
        Schedule(ReminderSchedule.Escalation, nameof(ReminderOptions.EscalationCron), options.Value.EscalationCron, clock.Zone),
    ];

    public ReminderSchedule this[string name] => All.Single(s => s.Name == name);

    /// <summary>The latest slot after <paramref name="lastHandled"/> and up to <paramref name="now"/>, on now's local day.</summary>
    public DateTimeOffset? DueSlot(ReminderSchedule schedule, DateTimeOffset lastHandled, DateTimeOffset now) =>
        Core.Reminders.DueSlot.Find(schedule.NextFireAfter, lastHandled, StartOfLocalDay(now), now);

    public DateTimeOffset StartOfLocalDay(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, clock.Zone);
        var midnight = local.Date;
        // A day that starts inside a daylight-saving gap starts at the first valid minute after it.
        while (clock.Zone.IsInvalidTime(midnight))
            midnight = midnight.AddMinutes(1);
        return new DateTimeOffset(midnight, clock.Zone.GetUtcOffset(midnight));
    }

    private static ReminderSchedule Schedule(string name, string key, string cron, TimeZoneInfo zone) =>
        new(name, key, new CronExpression(cron, zone));
}
