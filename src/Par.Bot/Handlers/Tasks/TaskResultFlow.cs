using Par.Bot.Handlers.Routing;
using Par.Core.Conversations;

namespace Par.Bot.Handlers.Tasks;

/// <summary>The result typed after pressing a task's done button (or <c>/done T-12</c> without one).</summary>
public sealed class TaskResultFlow(TaskCompletion completion, IConversationStore conversations) : IFlow
{
    public string Name => TaskCompletion.Flow;

    public Task OnTextAsync(BotContext context, Conversation conversation, CancellationToken cancellationToken)
    {
        if (TaskCompletion.TaskOf(conversation) is not { } number)
        {
            conversations.Clear(context.UserId);
            context.Reply(context.T.NotUnderstood);
        }
        else if (string.IsNullOrWhiteSpace(context.Text))
        {
            completion.AskResult(context, number);
        }
        else
        {
            completion.Finish(context, number, context.Text);
        }

        return Task.CompletedTask;
    }
}
