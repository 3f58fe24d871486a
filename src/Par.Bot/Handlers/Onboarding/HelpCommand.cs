using Par.Bot.Handlers.Routing;
using Par.Core.Access;
using Par.Core.Members;

namespace Par.Bot.Handlers.Onboarding;

/// <summary>/help: the commands of the user's role.</summary>
public sealed class HelpCommand : ICommand
{
    public string Name => "help";
    public Permission Permission => Permission.UseBot;
    public bool Writes(BotContext context) => false;

    public Task HandleAsync(BotContext context, CancellationToken cancellationToken)
    {
        context.Reply(context.T.Help(context.Role));
        return Task.CompletedTask;
    }
}
