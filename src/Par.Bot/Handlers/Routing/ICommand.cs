using Par.Core.Access;

namespace Par.Bot.Handlers.Routing;

/// <summary>A slash command; one class per command.</summary>
public interface ICommand
{
    string Name { get; }
    /// <summary>What the sender must be allowed to do for the command to run; refused otherwise, naming the least role that may.</summary>
    Permission Permission { get; }
    /// <summary>
    /// False for a command that only reads and replies: a crash in it may simply run it again, so handling it is not marked
    /// begun first (one write fewer). Writes unless it says otherwise, the safe side.
    /// </summary>
    bool Writes(BotContext context) => true;
    /// <summary>
    /// True when this caption makes the command take its file (a task's evidence: the caption names a task). Any other
    /// caption is not run: the file goes on to the importers as if it had none (a tasks file captioned "/tasks").
    /// </summary>
    bool TakesFile(BotContext context) => false;
    Task HandleAsync(BotContext context, CancellationToken cancellationToken);
}
