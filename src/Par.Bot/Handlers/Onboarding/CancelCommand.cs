using Par.Bot.Handlers.Routing;
using Par.Core.Access;
using Par.Core.Conversations;

namespace Par.Bot.Handlers.Onboarding;

/// <summary>/cancel: leaves any multi-step flow without changing anything, and drops a kept draft (a broadcast's).</summary>
public sealed class CancelCommand(IConversationStore conversations, IDraftStore drafts) : ICommand
{
    public string Name => "cancel";
    public Permission Permission => Permission.UseBot;

    public Task HandleAsync(BotContext context, CancellationToken cancellationToken)
    {
        var active = conversations.Find(context.UserId) is not null || drafts.Find(context.UserId) is not null;
        conversations.Clear(context.UserId);
        drafts.Clear(context.UserId);
        context.Reply(active ? context.T.Cancelled : context.T.NothingToCancel);
        return Task.CompletedTask;
    }
}
