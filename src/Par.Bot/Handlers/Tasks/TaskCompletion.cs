using Par.Bot.Handlers.Routing;
using Par.Core.Conversations;
using Par.Core.Outbox;
using Par.Core.Tasks;
using Par.Core.Units;

namespace Par.Bot.Handlers.Tasks;

/// <summary>
/// Finishing a task with a short result: <c>/done T-12 result</c> at once, or a button (or <c>/done T-12</c>)
/// that asks for the result and remembers the task until it is typed. A member finishes their unit's tasks,
/// an admin any task; a document or photo sent with <c>/done T-12 result</c> as its caption (or while the result is asked for) is kept as evidence. Whoever assigned it is told.
/// </summary>
public sealed class TaskCompletion(TaskService tasks, IConversationStore conversations, IUnitStore units, NotificationRecipients recipients, TimeProvider clock)
{
    public const string Flow = "task-done";
    private const string TaskKey = "task";

    public void AskResult(BotContext context, int number)
    {
        var check = tasks.CanFinish(number, context.Actor);
        if (check.Problem is { } problem)
        {
            context.Reply(context.T.TaskProblem(problem, TaskCode.Format(number)));
            return;
        }
        conversations.Save(new Conversation
        {
            UserId = context.UserId,
            Flow = Flow,
            Data = new Dictionary<string, string> { [TaskKey] = number.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            UpdatedUtc = clock.GetUtcNow().UtcDateTime,
        });
        context.Reply(context.T.TaskAskResult(check.Task!));
    }

    public void Finish(BotContext context, int number, string result)
    {
        var outcome = tasks.Finish(number, context.Actor, result, context.Evidence(), clock.GetUtcNow().UtcDateTime);
        if (outcome.Problem is { } problem)
        {
            context.Reply(context.T.TaskProblem(problem, TaskCode.Format(number)));
            if (problem is not (TaskProblem.MissingResult or TaskProblem.ResultTooLong))
                conversations.Clear(context.UserId);
            return;
        }
        var task = outcome.Task!;
        conversations.Clear(context.UserId);
        context.Reply(context.T.TaskFinished(task));
        NotifyAssigner(context, task);
    }

    /// <summary>The task number a result is being typed for.</summary>
    public static int? TaskOf(Conversation conversation) =>
        conversation.Data.TryGetValue(TaskKey, out var text) && int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : null;

    private void NotifyAssigner(BotContext context, UnitTask task)
    {
        if (task.AssignedBy == context.UserId || recipients.User(task.AssignedBy) is not { } assigner)
            return;
        context.Send(new OutgoingMessage
        {
            ChatId = assigner.ChatId,
            Text = assigner.T.TaskFinishedNotice(task, units.Find(task.UnitCode)?.Name ?? task.UnitCode),
            // The result's file goes with the notice as evidence.
            Attachment = task.ResultFile?.ToAttachment(),
            Priority = Priority.Reminder,
            DedupeKey = $"task:{task.Code}:finished:user:{assigner.UserId}",
        });
    }
}
