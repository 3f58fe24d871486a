using Par.Bot.Handlers.Routing;
using Par.Bot.Hosting;
using Par.Bot.Metrics;
using Par.Core.Access;
using Par.Core.Dossiers;
using Par.Core.Tabular;
using Par.Core.Units;

namespace Par.Bot.Handlers.Dossiers;

/// <summary>
/// A dossier file (code,procedure,received,due,status,finished): a member's file is all their unit's; an
/// admin's names each row's unit. Good rows are upserted by code, bad rows reported by number.
/// </summary>
public sealed class DossierImporter(DossierImportService service, IUnitStore units, ProvinceClock clock, ParMetrics metrics) : IDocumentImporter
{
    public Permission Permission => Permission.ImportDossiers;

    public bool Recognizes(Table table) => DossierImportService.Recognizes(table);

    public void Import(BotContext context, Table table)
    {
        var scope = context.Can(Permission.AllUnits)
            ? DossierImportScope.ForAdmin(units.List().Select(u => u.Code))
            : DossierImportScope.ForUnit(context.UnitCode!);
        var result = service.Import(table, scope, clock.Zone, clock.UtcNow);
        metrics.RowsImported("dossiers", result.Added + result.Updated, result.Rejected.Count);
        if (result.IsFileRejected)
            context.Reply(context.T.DossierFileMissingColumns(result.MissingColumns));
        else
            context.T.DossierImportReport(result, HeadersOf(table), clock.Today()).ReplyTo(context);
    }

    /// <summary>The file's own header for each canonical column, so a rejection names the column as the user wrote it.</summary>
    private static Dictionary<string, string> HeadersOf(Table table)
    {
        var columns = DossierColumns.Matcher.Match(table.Headers);
        string[] canonical = [DossierColumns.Code, DossierColumns.Procedure, DossierColumns.Received, DossierColumns.Due,
            DossierColumns.Status, DossierColumns.Finished, DossierColumns.Unit];
        return canonical.Where(columns.Has).ToDictionary(c => c, c => table.Headers[columns[c]!.Value]);
    }
}
