using Par.Core.Members;

namespace Par.Bot.Handlers.Routing;

/// <summary>Handles inline buttons whose data starts with <see cref="Prefix"/> and a colon.</summary>
public interface ICallbackHandler
{
    string Prefix { get; }
    Role Access { get; }
    Task HandleAsync(BotContext context, string payload, CancellationToken cancellationToken);
}
