using Par.Core.Conversations;

namespace Par.Bot.Handlers.Routing;

/// <summary>A multi-step flow that receives the user's free text (and files) while its conversation is active.</summary>
public interface IFlow
{
    string Name { get; }
    Task OnTextAsync(BotContext context, Conversation conversation, CancellationToken cancellationToken);
}
