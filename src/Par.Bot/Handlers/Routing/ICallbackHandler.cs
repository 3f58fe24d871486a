using Par.Core.Access;

namespace Par.Bot.Handlers.Routing;

/// <summary>Handles inline buttons whose data starts with <see cref="Prefix"/> and a colon.</summary>
public interface ICallbackHandler
{
    string Prefix { get; }
    /// <summary>What the presser must be allowed to do for the handler to run; refused otherwise.</summary>
    Permission Permission { get; }
    /// <summary>False for a button that only reads and replies; see <see cref="ICommand.Writes"/>.</summary>
    bool Writes(BotContext context) => true;
    Task HandleAsync(BotContext context, string payload, CancellationToken cancellationToken);
}
