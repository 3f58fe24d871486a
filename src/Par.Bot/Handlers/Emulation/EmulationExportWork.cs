using Par.Bot.Handlers.Routing;
using Par.Bot.Texts;
using Par.Bot.Work;
using Par.Core.Outbox;
using Par.Core.Periods;
using Par.Core.Units;
using Par.Core.Work;

namespace Par.Bot.Handlers.Emulation;

/// <summary>
/// The background half of the emulation table's button: the month's XLSX for the council, one sheet per group. It
/// ranks every unit on a month of tasks and reports, so it is built outside the update loop and outside any transaction.
/// </summary>
public sealed class EmulationExportWork(EmulationTables tables, UnitGroups groups, WorkContexts contexts) : IBackgroundWork
{
    public WorkKind Kind => WorkKind.EmulationExport;

    public static WorkItem Item(BotContext context, Period period) => WorkContexts.Item(context, WorkKind.EmulationExport, period.ToString());

    public string? Finished(ITexts t, WorkItem item) => t.EmulationExportFinished(WorkContexts.PeriodOf(item));

    public string Interrupted(ITexts t, WorkItem item) => t.EmulationExportInterrupted(WorkContexts.PeriodOf(item));

    public string Failed(ITexts t, WorkItem item) => t.EmulationExportFailed(WorkContexts.PeriodOf(item));

    public Task RunAsync(WorkItem item, ProgressMessage progress, CancellationToken cancellationToken) =>
        contexts.AnswerAsync(item, context =>
        {
            var table = tables.For(WorkContexts.PeriodOf(item));
            var file = new Attachment { Kind = AttachmentKind.Document, FileName = $"thi-dua-{table.Period}.xlsx", Content = EmulationSheet.Xlsx(table, groups, context.T) };
            context.ReplyWith(file, context.T.EmulationExportCaption(table));
        });
}
