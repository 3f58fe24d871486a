using Par.Bot.Handlers.Routing;
using Par.Core.Members;

namespace Par.Bot.Handlers.Ranking;

/// <summary>The buttons of a guided report (<c>rp:…</c>).</summary>
public sealed class ReportButtons(ReportWizard wizard) : ICallbackHandler
{
    public string Prefix => ReportScreens.Prefix;

    public Role Access => Role.Deputy;

    public Task HandleAsync(BotContext context, string payload, CancellationToken cancellationToken)
    {
        wizard.OnButton(context, payload);
        return Task.CompletedTask;
    }
}
