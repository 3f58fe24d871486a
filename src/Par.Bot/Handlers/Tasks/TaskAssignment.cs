using Par.Bot.Handlers.Routing;
using Par.Bot.Hosting;
using Par.Core.Outbox;
using Par.Core.Tasks;
using Par.Core.Units;

namespace Par.Bot.Handlers.Tasks;

/// <summary>
/// Assigns a task (one-line or guided) and notifies the unit's members through the outbox, stored with the
/// admin's update. Returns what to answer the admin; the caller decides whether it is a reply or an edit.
/// </summary>
public sealed class TaskAssignment(TaskService tasks, IUnitStore units, NotificationRecipients recipients, ProvinceClock clock)
{
    public string Assign(BotContext context, string unitCode, DateTime dueUtc, string description)
    {
        var outcome = tasks.Assign(unitCode, dueUtc, description, context.UserId, clock.UtcNow.UtcDateTime);
        if (outcome.Problem is { } problem)
            return context.T.TaskProblem(problem, unitCode);
        var task = outcome.Task!;
        var dueLocal = clock.ToLocal(task.DueUtc);
        var members = recipients.OfUnit(task.UnitCode);
        foreach (var member in members)
        {
            context.Send(new OutgoingMessage
            {
                ChatId = member.ChatId,
                Text = member.T.TaskAssignedNotice(task, dueLocal),
                Buttons = [[new Button(member.T.TaskDoneButton(task), $"{TaskDoneButton.Prefix}:{task.Number}")]],
                Priority = Priority.Reminder,
                DedupeKey = $"task:{task.Code}:assigned:user:{member.UserId}",
            });
        }
        return context.T.TaskAssigned(task, units.Find(task.UnitCode)!.Name, dueLocal, members.Count);
    }
}
