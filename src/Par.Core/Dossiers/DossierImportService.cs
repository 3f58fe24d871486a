using Par.Core.Tabular;

namespace Par.Core.Dossiers;

/// <summary>
/// Imports a unit's dossier file: parses every row, then stores the good ones in one bulk upsert.
/// Bad rows store nothing; a file lacking required columns stores nothing at all.
/// </summary>
public sealed class DossierImportService(IDossierStore store)
{
    public DossierImportResult Import(Table table, DossierImportScope scope, TimeZoneInfo zone, DateTimeOffset now)
    {
        var plan = DossierRowParser.Parse(table, scope, zone, now);
        if (plan.IsFileRejected)
        {
            return new DossierImportResult(plan.MissingColumns, 0, 0, []);
        }

        var stored = store.Upsert(plan.Dossiers);
        return new DossierImportResult([], stored.Added, stored.Updated, plan.Rejected);
    }

    /// <summary>
    /// True when the headers name a dossier code and at least one other dossier column, so a file missing
    /// some required columns is still told which ones rather than taken for an unknown kind.
    /// </summary>
    public static bool Recognizes(Table table)
    {
        var columns = DossierColumns.Matcher.Match(table.Headers);
        return columns.Has(DossierColumns.Code)
            && (columns.Has(DossierColumns.Due) || columns.Has(DossierColumns.Received) || columns.Has(DossierColumns.Procedure));
    }
}
