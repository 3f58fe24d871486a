using Par.Bot.Handlers.Routing;
using Par.Bot.Texts;
using Par.Bot.Work;
using Par.Core.Outbox;
using Par.Core.Periods;
using Par.Core.Ranking;
using Par.Core.Units;
using Par.Core.Work;

namespace Par.Bot.Handlers.Ranking;

/// <summary>
/// The background half of /export: the period's full table as XLSX and CSV documents. Built outside any transaction
/// (it only reads), so a table of thousands of units never holds up anyone's writes; stored with the end of the item.
/// </summary>
public sealed class ExportWork(RankingService ranking, UnitGroups groups, WorkContexts contexts) : IBackgroundWork
{
    public WorkKind Kind => WorkKind.Export;

    public static WorkItem Item(BotContext context, Period period) => WorkContexts.Item(context, WorkKind.Export, period.ToString());

    public string? Finished(ITexts t, WorkItem item) => t.ExportFinished(WorkContexts.PeriodOf(item));

    public string Interrupted(ITexts t, WorkItem item) => t.ExportInterrupted(WorkContexts.PeriodOf(item));

    public string Failed(ITexts t, WorkItem item) => t.ExportFailed(WorkContexts.PeriodOf(item));

    public Task RunAsync(WorkItem item, ProgressMessage progress, CancellationToken cancellationToken) =>
        contexts.AnswerAsync(item, context => Answer(context, WorkContexts.PeriodOf(item)));

    private void Answer(BotContext context, Period period)
    {
        var table = ranking.Table(period);
        if (table.Rows.Count == 0)
        {
            context.Reply(context.T.ExportEmpty(period));
            return;
        }
        var caption = context.T.ExportCaption(period, table.Rows.Count);
        var name = $"par-{period}";
        context.ReplyWith(Document($"{name}.xlsx", ExportFiles.Xlsx(table, ranking.Catalog, groups, context.T)), caption);
        context.ReplyWith(Document($"{name}.csv", ExportFiles.Csv(table, ranking.Catalog, groups, context.T)), caption);
    }

    private static Attachment Document(string fileName, byte[] content) =>
        new() { Kind = AttachmentKind.Document, FileName = fileName, Content = content };
}
