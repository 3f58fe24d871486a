using Par.Bot.Handlers.Routing;
using Par.Bot.Metrics;
using Par.Core.Access;
using Par.Core.Tabular;
using Par.Core.Units;

namespace Par.Bot.Handlers.Units;

/// <summary>A units file (code,name,group) from an admin: good rows stored, bad rows reported with their numbers.</summary>
public sealed class UnitImporter(UnitService service, ParMetrics metrics) : IDocumentImporter
{
    public Permission Permission => Permission.ManageUnits;

    public bool Recognizes(Table table) => UnitColumns.Recognizes(table);

    public void Import(BotContext context, Table table)
    {
        var result = service.Import(UnitColumns.Rows(table));
        metrics.RowsImported("units", result.Added.Count + result.Updated.Count, result.Rejected.Count);
        context.T.UnitImportReport(result, service.Groups).ReplyTo(context);
    }
}
