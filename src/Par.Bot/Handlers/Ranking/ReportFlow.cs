using Par.Bot.Handlers.Routing;
using Par.Core.Conversations;

namespace Par.Bot.Handlers.Ranking;

/// <summary>Free text (a period or a value) typed during a guided report.</summary>
public sealed class ReportFlow(ReportWizard wizard) : IFlow
{
    public string Name => ReportDraft.Flow;

    public Task OnTextAsync(BotContext context, Conversation conversation, CancellationToken cancellationToken)
    {
        wizard.OnText(context, conversation);
        return Task.CompletedTask;
    }
}
