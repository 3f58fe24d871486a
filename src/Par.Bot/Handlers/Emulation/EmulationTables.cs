using Microsoft.Extensions.Options;
using Par.Bot.Hosting;
using Par.Bot.Jobs;
using Par.Core.Calendar;
using Par.Core.Emulation;
using Par.Core.Periods;

namespace Par.Bot.Handlers.Emulation;

/// <summary>The emulation table of a month or a year's roll-up, with the report deadline and the clock of this province.</summary>
public sealed class EmulationTables(EmulationService service, IOptions<ReminderOptions> reminders, WorkingCalendar calendar, ProvinceClock clock)
{
    public EmulationOptions Weights => service.Weights;

    public EmulationTable For(Period period) => period.Kind == PeriodKind.Year
        ? service.Year(period.Year, clock.UtcNow.UtcDateTime, clock.Zone, ReportDeadline)
        : service.Month(period, clock.UtcNow.UtcDateTime, clock.Zone, ReportDeadline);

    private DateOnly ReportDeadline(Period month) => ReportDeadlineReminder.DeadlineOf(month, reminders.Value.ReportDeadlineDay, calendar);
}
