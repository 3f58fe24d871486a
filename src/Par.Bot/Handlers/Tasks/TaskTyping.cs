using System.Globalization;
using Par.Bot.Handlers.Routing;
using Par.Bot.Hosting;
using Par.Core.Conversations;
using Par.Core.Tasks;

namespace Par.Bot.Handlers.Tasks;

/// <summary>
/// What a task's button asks to be typed next: a progress note (a file may come with it), an extension
/// (<c>20/12/2026 lý do</c>), or the other date an admin approves instead. Kept in the conversation until typed.
/// </summary>
public sealed class TaskTyping(TaskWork work, IConversationStore conversations, ProvinceClock clock) : IFlow
{
    public const string FlowName = "task-typing";
    public const string Note = "note";
    public const string Extension = "extend";
    public const string OtherDate = "other-date";
    private const string TaskKey = "task";

    public string Name => FlowName;

    public void Start(BotContext context, string step, int number)
    {
        conversations.Save(new Conversation
        {
            UserId = context.UserId,
            Flow = FlowName,
            Step = step,
            Data = new Dictionary<string, string> { [TaskKey] = number.ToString(CultureInfo.InvariantCulture) },
            UpdatedUtc = clock.UtcNow.UtcDateTime,
        });
        var code = TaskCode.Format(number);
        context.Reply(step switch
        {
            Note => context.T.TaskAskNote(code),
            Extension => context.T.TaskAskExtension(code, clock.Today()),
            _ => context.T.TaskAskOtherDate(code, clock.Today()),
        });
    }

    public Task OnTextAsync(BotContext context, Conversation conversation, CancellationToken cancellationToken)
    {
        conversations.Clear(context.UserId);
        if (!conversation.Data.TryGetValue(TaskKey, out var text) || !int.TryParse(text, CultureInfo.InvariantCulture, out var number))
        {
            context.Reply(context.T.NotUnderstood);
            return Task.CompletedTask;
        }
        switch (conversation.Step)
        {
            case Note:
                work.AddNote(context, number, context.Text);
                break;
            case Extension:
                Extend(context, number, context.Text);
                break;
            default:
                ApproveOn(context, number, context.Text.Trim());
                break;
        }
        return Task.CompletedTask;
    }

    /// <summary><c>20/12/2026 [17:00] lý do</c>: the new deadline, then why.</summary>
    public void Extend(BotContext context, int number, string text)
    {
        if (!TryDeadline(text, out var due, out var reason))
            context.Reply(context.T.TaskExtensionUsage(TaskCode.Format(number), clock.Today()));
        else
            work.RequestExtension(context, number, due, reason);
    }

    private void ApproveOn(BotContext context, int number, string text)
    {
        if (!TryDeadline(text, out var due, out _))
            context.Reply(context.T.TaskBadDeadline(text, clock.Today()));
        else
            work.DecideExtension(context, number, approve: true, due);
    }

    private bool TryDeadline(string text, out DateTime dueUtc, out string rest)
    {
        NewTaskLine.SplitDeadline(text, out var deadline, out rest);
        return TaskDeadline.TryParse(deadline, clock.Zone, clock.UtcNow.UtcDateTime, out dueUtc);
    }
}
