using Par.Core.Members;

namespace Par.Bot.Handlers.Routing;

/// <summary>A slash command; one class per command.</summary>
public interface ICommand
{
    string Name { get; }
    /// <summary>The least role that may use the command.</summary>
    Role Access { get; }
    Task HandleAsync(BotContext context, CancellationToken cancellationToken);
}
