using Microsoft.Extensions.Options;
using Par.Bot.Hosting;
using Par.Core.Calendar;
using Par.Core.Reminders;
using Quartz;
using Quartz.Impl.Calendar;

namespace Par.Bot.Jobs;

/// <summary>
/// The reminder schedules from configuration, resolved in the province's time zone, and which slot of a
/// schedule is due: a slot missed while the bot was down is caught up on the same local day only.
/// </summary>
public sealed class ReminderSchedules(IOptions<ReminderOptions> options, WorkingCalendar calendar, ProvinceClock clock)
{
    /// <summary>The Quartz calendar every reminder trigger is modified by.</summary>
    public const string HolidayCalendarName = "holidays";

    /// <summary>The configured holidays as a Quartz calendar in the province's zone: no reminder fires on them.</summary>
    public HolidayCalendar Holidays { get; } = HolidaysOf(calendar, clock.Zone);

    public IReadOnlyList<ReminderSchedule> All => field ??=
    [
        Schedule(ReminderSchedule.Digest, nameof(ReminderOptions.DigestCron), options.Value.DigestCron),
        Schedule(ReminderSchedule.ReportReminder, nameof(ReminderOptions.ReportReminderCron), options.Value.ReportReminderCron),
        Schedule(ReminderSchedule.Escalation, nameof(ReminderOptions.EscalationCron), options.Value.EscalationCron),
        Schedule(ReminderSchedule.TaskReminder, nameof(ReminderOptions.TaskReminderCron), options.Value.TaskReminderCron),
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

    private ReminderSchedule Schedule(string name, string key, string cron) =>
        new(name, key, new CronExpression(cron, clock.Zone), Holidays);

    private static HolidayCalendar HolidaysOf(WorkingCalendar calendar, TimeZoneInfo zone)
    {
        var holidays = new HolidayCalendar { TimeZone = zone, Description = "Calendar:Holidays" };
        foreach (var day in calendar.Holidays)
            holidays.AddExcludedDay(day);
        return holidays;
    }
}
