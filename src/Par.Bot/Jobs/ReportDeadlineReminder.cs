using Microsoft.Extensions.Options;
using Par.Bot.Handlers.Routing;
using Par.Bot.Hosting;
using Par.Core.Calendar;
using Par.Core.Outbox;
using Par.Core.Periods;
using Par.Core.Reminders;
using Par.Core.Units;

namespace Par.Bot.Jobs;

/// <summary>
/// Reminds the members of every active unit that has not reported the month just ended, naming the deadline
/// (day <see cref="ReminderOptions.ReportDeadlineDay"/> of this month, or the next working day when that is a
/// weekend or holiday) and the working days left. After the deadline the escalation digest lists such units to admins.
/// </summary>
public sealed class ReportDeadlineReminder(
    IUnitStore units,
    IReportedUnits reported,
    NotificationRecipients recipients,
    IOutbox outbox,
    IOptions<ReminderOptions> options,
    WorkingCalendar calendar,
    ProvinceClock clock) : IReminder
{
    public string Schedule => ReminderSchedule.ReportReminder;

    public int Run(DateTimeOffset slot)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(slot, clock.Zone).DateTime);
        var period = Period.LastClosedMonth(today);
        var deadline = DeadlineOf(period, options.Value.ReportDeadlineDay, calendar);
        var daysLeft = calendar.WorkingDaysUntil(today, deadline);
        var done = reported.UnitsThatReported(period);
        var messages = units.List()
            .Where(unit => !done.Contains(unit.Code))
            .SelectMany(unit => recipients.OfUnit(unit.Code).Select(member => new OutgoingMessage
            {
                ChatId = member.ChatId,
                Text = member.T.ReportReminder(unit.Name, period, deadline, daysLeft),
                Priority = Priority.Reminder,
                DedupeKey = $"report:{period}:{today:yyyy-MM-dd}:unit:{unit.Code}:user:{member.UserId}",
            }))
            .ToList();
        return outbox.Send(messages).Count;
    }

    /// <summary>Day <paramref name="deadlineDay"/> of the month after <paramref name="period"/>, moved to the next working day when it is a day off.</summary>
    public static DateOnly DeadlineOf(Period period, int deadlineDay, WorkingCalendar calendar) =>
        calendar.OnOrNextWorkingDay(period.End.AddDays(deadlineDay));
}
