using Par.Bot.Handlers.Routing;
using Par.Bot.Hosting;
using Par.Bot.Metrics;
using Par.Core.Access;
using Par.Core.Reports;
using Par.Core.Tabular;

namespace Par.Bot.Handlers.Ranking;

/// <summary>A report file (<c>unit,period,&lt;indicator codes…&gt;</c>): heads and deputies for their unit, admins for any.</summary>
public sealed class ReportImporter(ReportService reports, ReportFileLayout layout, ProvinceClock clock, ParMetrics metrics, DeputyReportNotice notice)
    : IDocumentImporter
{
    public Permission Permission => Permission.ReportFor;

    public bool Recognizes(Table table) => layout.Recognizes(table);

    public void Import(BotContext context, Table table)
    {
        var today = clock.Today();
        var result = reports.Import(context.Actor, layout.Rows(table), today);
        metrics.RowsImported("reports", result.Saved, result.Rejected.Count);
        context.T.ReportImported(result, reports.Catalog, today, context.Can(Permission.LockPeriod), clock.Zone).ReplyTo(context);
        // Stored with the import's answer, in its transaction: the head hears of a deputy's file as of a typed report.
        foreach (var outcome in result.Changed)
            notice.Tell(context, outcome, outcome.Report!.Period);
    }
}
