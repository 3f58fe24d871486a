using Par.Core.Tabular;

namespace Par.Core.Dossiers;

/// <summary>
/// Turns a table read from a unit's file into dossiers and rejected rows. Each row is checked in
/// column order and rejected for its first problem. Codes are upper-cased so that <c>hs-1</c> and
/// <c>HS-1</c> are one dossier. A date alone means the start of the day when received and the end of
/// the day when due or finished. A blank status means processing, or done when a finished time is given.
/// </summary>
public static class DossierRowParser
{
    public const int MaxCodeLength = 64;
    public const int MaxProcedureLength = 500;

    public static DossierImportPlan Parse(Table table, DossierImportScope scope, TimeZoneInfo zone, DateTimeOffset now)
    {
        var columns = DossierColumns.Matcher.Match(table.Headers);
        IEnumerable<string> required = scope.RequiresUnitColumn ? [.. DossierColumns.Required, DossierColumns.Unit] : DossierColumns.Required;
        var missing = columns.Missing(required);
        if (missing.Count > 0)
        {
            return new DossierImportPlan(missing, [], []);
        }

        var reader = new DossierRowReader(columns, scope, zone, now.UtcDateTime);
        var dossiers = new List<Dossier>();
        var rejected = new List<RejectedDossierRow>();
        foreach (var row in table.Rows)
        {
            if (reader.TryRead(row, out var dossier, out var rejection))
            {
                dossiers.Add(dossier);
            }
            else
            {
                rejected.Add(rejection);
            }
        }

        return new DossierImportPlan([], dossiers, rejected);
    }
}
