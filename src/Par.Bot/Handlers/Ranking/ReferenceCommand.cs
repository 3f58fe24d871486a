using Par.Bot.Handlers.Routing;
using Par.Bot.Hosting;
using Par.Core.Access;
using Par.Core.Indicators;
using Par.Core.Periods;
using Par.Core.References;

namespace Par.Bot.Handlers.Ranking;

/// <summary>
/// /reference PERIOD CODE=VALUE … (admins): records the national averages the portal publishes, which /rank shows
/// beside the unit's rates; /reference PERIOD shows them.
/// </summary>
public sealed class ReferenceCommand(ReferenceService references, IReferenceStore store, IndicatorCatalog catalog, ProvinceClock clock) : ICommand
{
    public string Name => "reference";

    public Permission Permission => Permission.SetReference;

    public Task HandleAsync(BotContext context, CancellationToken cancellationToken)
    {
        var line = ReportLine.Parse(context.Args);
        if (line.PeriodText is null || line.Unit is not null)
        {
            context.Reply(context.T.ReferenceUsage(clock.Today()));
            return Task.CompletedTask;
        }

        if (!Period.TryParse(line.PeriodText, out var period))
        {
            context.Reply(context.T.BadPeriodReply(line.PeriodText, clock.Today()));
            return Task.CompletedTask;
        }

        if (line.Values.Length == 0)
        {
            context.Reply(context.T.ReferenceList(period, store.Find(period), catalog));
            return Task.CompletedTask;
        }

        var outcome = references.Record(period, line.Values, context.UserId);
        context.Reply(outcome.IsSaved
            ? context.T.ReferenceList(period, outcome.References, catalog)
            : context.T.ReferenceRefused(outcome.Problems, catalog));
        return Task.CompletedTask;
    }
}
