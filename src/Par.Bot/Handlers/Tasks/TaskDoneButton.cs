using Par.Bot.Handlers.Routing;
using Par.Core.Access;

namespace Par.Bot.Handlers.Tasks;

/// <summary>A task's "done" button: asks for the short result.</summary>
public sealed class TaskDoneButton(TaskCompletion completion) : ICallbackHandler
{
    public const string Prefix = "td";

    string ICallbackHandler.Prefix => Prefix;
    public Permission Permission => Permission.MarkDone;

    public Task HandleAsync(BotContext context, string payload, CancellationToken cancellationToken)
    {
        if (int.TryParse(payload, System.Globalization.CultureInfo.InvariantCulture, out var number))
            completion.AskResult(context, number);
        else
            context.CallbackAnswer = context.T.ButtonExpired;
        return Task.CompletedTask;
    }
}
