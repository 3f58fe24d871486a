using Par.Bot.Handlers.Routing;
using Par.Bot.Handlers.Tasks;
using Par.Bot.Hosting;
using Par.Core.Calendar;
using Par.Core.Dossiers;
using Par.Core.Outbox;
using Par.Core.Tasks;
using Par.Core.Units;

namespace Par.Bot.Jobs;

/// <summary>
/// Task deadline reminders on working mornings, to who answers for each task and nobody else: 7, 3 and 1 working days
/// before the deadline in force and every morning once it has passed, to the responsible person and the lead unit's
/// heads; to the heads of each coordinating unit that has not confirmed its part; and once a task is overdue longer
/// than <see cref="ReminderOptions.EscalateAfterDays"/>, once to whoever assigned it.
/// </summary>
public sealed class TaskDeadlineReminder(
    ITaskStore tasks,
    TaskService service,
    TaskWork work,
    IUnitStore units,
    NotificationRecipients recipients,
    IOutbox outbox,
    LateRules rules,
    WorkingCalendar calendar,
    ProvinceClock clock) : IReminder
{
    public string Schedule => ReminderSchedule.TaskReminder;

    public int Run(DateTimeOffset slot)
    {
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(slot, clock.Zone).DateTime);
        var messages = new List<OutgoingMessage>();
        foreach (var due in TaskReminderPlan.For(tasks.ListOpen(), clock.UtcNow.UtcDateTime, clock.Zone, calendar, rules.EscalateAfter))
        {
            var task = due.Task;
            var lead = units.Find(task.UnitCode)?.Name ?? task.UnitCode;
            var dueLocal = clock.ToLocal(task.CurrentDueUtc);
            if (due.Kind == TaskReminderKind.Escalation)
            {
                if (recipients.User(task.AssignedBy) is { } assigner)
                    messages.Add(Message(assigner, assigner.T.TaskEscalation(task, lead, dueLocal, due.WorkingDays), $"task:{task.Code}:escalated:user:{assigner.UserId}"));
                continue;
            }
            var key = due.Kind == TaskReminderKind.Before ? $"task:{task.Code}:before:{due.WorkingDays}:{task.CurrentDueUtc:yyyyMMddHHmm}" : $"task:{task.Code}:overdue:{day:yyyy-MM-dd}";
            messages.AddRange(work.LeadPeople(task).Select(person =>
                Message(person, person.T.TaskReminder(task, lead, dueLocal, due.Kind == TaskReminderKind.Overdue, due.WorkingDays), $"{key}:user:{person.UserId}")));
            foreach (var unit in task.Coordinators.Where(c => !task.HasConfirmed(c)))
            {
                messages.AddRange(service.HeadsOf(unit).Select(h => recipients.User(h.UserId)).OfType<NotificationRecipient>().Select(head =>
                    Message(head, head.T.TaskPartReminder(task, lead, dueLocal, due.Kind == TaskReminderKind.Overdue, due.WorkingDays), $"{key}:part:{unit}:user:{head.UserId}")
                        with { Buttons = [[new Button(head.T.TaskConfirmPartButton, $"{TaskButtons.Prefix}:c:{task.Number}")]] }));
            }
        }
        return outbox.Send(messages).Count;
    }

    private static OutgoingMessage Message(NotificationRecipient to, string text, string key) => new()
    {
        ChatId = to.ChatId,
        Text = text,
        Priority = Priority.Reminder,
        DedupeKey = key,
    };
}
