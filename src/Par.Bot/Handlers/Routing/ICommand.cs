using Par.Core.Access;

namespace Par.Bot.Handlers.Routing;

/// <summary>A slash command; one class per command.</summary>
public interface ICommand
{
    string Name { get; }
    /// <summary>What the sender must be allowed to do for the command to run; refused otherwise, naming the least role that may.</summary>
    Permission Permission { get; }
    Task HandleAsync(BotContext context, CancellationToken cancellationToken);
}
