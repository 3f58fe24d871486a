using Par.Bot.Handlers.Routing;
using Par.Core.Access;

namespace Par.Bot.Handlers.Portal;

/// <summary>A portal response (JSON, or a ZIP of them) sent outside any flow: imported for the period in its caption, else the period is asked.</summary>
public sealed class PortalFileImporter(PortalImportRun run, PortalPeriodFlow periods) : IFileImporter
{
    public Permission Permission => Permission.ImportPortal;

    public bool Accepts(IncomingDocument document) => PortalImportRun.IsPortalFile(document);

    public Task ImportAsync(BotContext context, CancellationToken cancellationToken)
    {
        if (PortalImportRun.PeriodIn(context.Text) is { } period)
        {
            return run.ImportAsync(context, period, [context.Document!], cancellationToken);
        }

        periods.Ask(context, [context.Document!]);
        return Task.CompletedTask;
    }
}
