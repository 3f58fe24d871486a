using Par.Core.Access;

namespace Par.Bot.Handlers.Routing;

/// <summary>Handles inline buttons whose data starts with <see cref="Prefix"/> and a colon.</summary>
public interface ICallbackHandler
{
    string Prefix { get; }
    /// <summary>What the presser must be allowed to do for the handler to run; refused otherwise.</summary>
    Permission Permission { get; }
    Task HandleAsync(BotContext context, string payload, CancellationToken cancellationToken);
}
