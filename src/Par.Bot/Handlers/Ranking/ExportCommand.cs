using Par.Bot.Handlers.Routing;
using Par.Bot.Hosting;
using Par.Core.Access;
using Par.Core.Outbox;
using Par.Core.Periods;
using Par.Core.Ranking;
using Par.Core.Units;

namespace Par.Bot.Handlers.Ranking;

/// <summary>/export [PERIOD] (admins): the period's full table as XLSX and CSV documents.</summary>
public sealed class ExportCommand(RankingService ranking, UnitGroups groups, ProvinceClock clock) : ICommand
{
    public string Name => "export";

    public Permission Permission => Permission.Export;

    public Task HandleAsync(BotContext context, CancellationToken cancellationToken)
    {
        var argument = context.Args.Trim();
        var today = clock.Today();
        Period? period = null;
        if (argument.Length > 0 && !Period.TryParse(argument, out period))
        {
            context.Reply(context.T.BadPeriodReply(argument, today));
            return Task.CompletedTask;
        }

        period ??= ranking.DefaultPeriod(today);
        var table = ranking.Table(period);
        if (table.Rows.Count == 0)
        {
            context.Reply(context.T.ExportEmpty(period));
            return Task.CompletedTask;
        }

        var caption = context.T.ExportCaption(period, table.Rows.Count);
        var name = $"par-{period}";
        context.ReplyWith(Document($"{name}.xlsx", ExportFiles.Xlsx(table, ranking.Catalog, groups, context.T)), caption);
        context.ReplyWith(Document($"{name}.csv", ExportFiles.Csv(table, ranking.Catalog, groups, context.T)), caption);
        return Task.CompletedTask;
    }

    private static Attachment Document(string fileName, byte[] content) =>
        new() { Kind = AttachmentKind.Document, FileName = fileName, Content = content };
}
