using Par.Bot.Handlers.Routing;
using Par.Bot.Hosting;
using Par.Bot.Jobs;
using Par.Core.Access;
using Par.Core.Calendar;
using Par.Core.Reminders;

namespace Par.Bot.Handlers.Reminders;

/// <summary>/schedule: when each reminder runs, in words, its next fire times in the province's time, and the holidays it skips.</summary>
public sealed class ScheduleCommand(ReminderSchedules schedules, IReminderSlotLog slots, WorkingCalendar calendar, ProvinceClock clock) : ICommand
{
    private const int NextCount = 3;

    public string Name => "schedule";
    public Permission Permission => Permission.ViewSchedule;

    public Task HandleAsync(BotContext context, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var views = schedules.All.Select(s => new ScheduleView(
            s.Name,
            s.OptionKey,
            s.Cron.CronExpressionString,
            CronShape.Of(s.Cron.CronExpressionString),
            [.. s.NextFireTimes(now, NextCount).Select(t => TimeZoneInfo.ConvertTime(t, clock.Zone))],
            slots.LastHandled(s.Name) is { } last ? TimeZoneInfo.ConvertTime(last, clock.Zone) : null)).ToList();
        context.Reply(context.T.ScheduleList(views, clock.Zone.Id, calendar.Holidays.Count));
        return Task.CompletedTask;
    }
}
