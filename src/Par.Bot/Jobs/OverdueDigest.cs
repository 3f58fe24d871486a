using Par.Bot.Handlers.Routing;
using Par.Bot.Hosting;
using Par.Core.Dossiers;
using Par.Core.Outbox;
using Par.Core.Units;

namespace Par.Bot.Jobs;

/// <summary>
/// The working-day morning digest: every member of every unit with overdue or due-soon items gets the unit's
/// list, in their language. Units with nothing late get nothing.
/// </summary>
public sealed class OverdueDigest(
    LateItemsService late,
    IUnitStore units,
    NotificationRecipients recipients,
    IOutbox outbox,
    LateRules rules,
    ProvinceClock clock) : IReminder
{
    public string Schedule => ReminderSchedule.Digest;

    public int Run(DateTimeOffset slot)
    {
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(slot, clock.Zone).DateTime);
        var messages = new List<OutgoingMessage>();
        foreach (var summary in late.ForAllUnits(clock.UtcNow, rules))
        {
            var name = units.Find(summary.UnitCode)?.Name ?? summary.UnitCode;
            messages.AddRange(recipients.OfUnit(summary.UnitCode).Select(member => new OutgoingMessage
            {
                ChatId = member.ChatId,
                Text = member.T.OverdueDigest(summary.UnitCode, name, summary, day),
                Priority = Priority.Reminder,
                DedupeKey = $"digest:{day:yyyy-MM-dd}:unit:{summary.UnitCode}:user:{member.UserId}",
            }));
        }
        return outbox.Send(messages).Count;
    }
}
