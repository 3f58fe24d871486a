using Microsoft.Extensions.Options;
using Par.Bot.Handlers.Dossiers;
using Par.Bot.Handlers.Routing;
using Par.Bot.Hosting;
using Par.Core.Calendar;
using Par.Core.Dossiers;
using Par.Core.Outbox;
using Par.Core.Periods;
using Par.Core.Reminders;
using Par.Core.Units;

namespace Par.Bot.Jobs;

/// <summary>
/// The escalation digest to admins: units with items overdue longer than the threshold and, once the report
/// deadline of the month just ended has passed, the units that still have not reported it. Nothing to
/// escalate, nothing sent.
/// </summary>
public sealed class EscalationDigest(
    LateItemsService late,
    IUnitStore units,
    IReportedUnits reported,
    NotificationRecipients recipients,
    IOutbox outbox,
    LateRules rules,
    IOptions<ReminderOptions> options,
    WorkingCalendar calendar,
    ProvinceClock clock) : IReminder
{
    public string Schedule => ReminderSchedule.Escalation;

    public int Run(DateTimeOffset slot)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(slot, clock.Zone).DateTime);
        var longOverdue = late.ForAllUnits(clock.UtcNow, rules)
            .Where(u => u.LongOverdue > 0)
            .OrderByDescending(u => u.LongOverdue).ThenBy(u => u.UnitCode, StringComparer.Ordinal)
            .ToList();
        var period = Period.LastClosedMonth(today);
        var deadline = ReportDeadlineReminder.DeadlineOf(period, options.Value.ReportDeadlineDay, calendar);
        var notReported = today > deadline ? NotReported(period) : [];
        if (longOverdue.Count == 0 && notReported.Count == 0)
            return 0;
        var names = UnitNames.From(units);
        var messages = recipients.Admins().Select(admin => new OutgoingMessage
        {
            ChatId = admin.ChatId,
            Text = admin.T.EscalationDigest(longOverdue, names, rules, period, deadline, notReported),
            Priority = Priority.Reminder,
            DedupeKey = $"escalation:{today:yyyy-MM-dd}:user:{admin.UserId}",
        }).ToList();
        return outbox.Send(messages).Count;
    }

    private List<string> NotReported(Period period)
    {
        var done = reported.UnitsThatReported(period);
        return [.. units.List().Select(u => u.Code).Where(code => !done.Contains(code))];
    }
}
