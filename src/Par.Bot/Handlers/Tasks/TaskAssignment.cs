using Par.Bot.Handlers.Routing;
using Par.Bot.Hosting;
using Par.Core.Outbox;
using Par.Core.Tasks;
using Par.Core.Units;

namespace Par.Bot.Handlers.Tasks;

/// <summary>
/// Assigns a task (one line, guided form or file) and tells the lead unit's members (its heads with the button that
/// names the responsible person) and the coordinating units' members (with the button that confirms their part),
/// through the outbox, stored with the admin's update. Returns what to answer the admin.
/// </summary>
public sealed class TaskAssignment(TaskService tasks, IUnitStore units, NotificationRecipients recipients, ProvinceClock clock)
{
    public string Assign(BotContext context, TaskDraft draft)
    {
        var outcome = tasks.Assign(draft, context.UserId, clock.UtcNow.UtcDateTime);
        if (outcome.Problem is { } problem)
            return context.T.TaskProblem(problem, outcome.About ?? draft.LeadUnit);
        var task = outcome.Task!;
        var notified = Notify(context, task);
        return context.T.TaskAssigned(task, units.Find(task.UnitCode)!.Name, clock.ToLocal(task.DueUtc), notified);
    }

    /// <summary>Queues the new task's notices; returns how many members of the lead unit were told.</summary>
    public int Notify(BotContext context, UnitTask task)
    {
        var dueLocal = clock.ToLocal(task.DueUtc);
        var heads = tasks.HeadsOf(task.UnitCode).Select(m => m.UserId).ToHashSet();
        var lead = recipients.OfUnit(task.UnitCode);
        foreach (var member in lead)
        {
            List<Button> row = [new Button(member.T.TaskDoneButton(task), $"{TaskDoneButton.Prefix}:{task.Number}")];
            if (heads.Contains(member.UserId))
                row.Insert(0, new Button(member.T.TaskPickResponsibleButton, $"{TaskButtons.Prefix}:r:{task.Number}"));
            context.Send(Notice(member, member.T.TaskAssignedNotice(task, dueLocal), [row], $"task:{task.Code}:assigned:user:{member.UserId}"));
        }
        foreach (var unit in task.Coordinators)
        {
            foreach (var member in recipients.OfUnit(unit))
            {
                var name = units.Find(task.UnitCode)?.Name ?? task.UnitCode;
                context.Send(Notice(member, member.T.TaskCoordinationNotice(task, name, dueLocal),
                    [[new Button(member.T.TaskConfirmPartButton, $"{TaskButtons.Prefix}:c:{task.Number}")]],
                    $"task:{task.Code}:coordinate:user:{member.UserId}"));
            }
        }
        return lead.Count;
    }

    private static OutgoingMessage Notice(NotificationRecipient member, string text, IReadOnlyList<IReadOnlyList<Button>> buttons, string key) => new()
    {
        ChatId = member.ChatId,
        Text = text,
        Buttons = buttons,
        Priority = Priority.Reminder,
        DedupeKey = key,
    };
}
