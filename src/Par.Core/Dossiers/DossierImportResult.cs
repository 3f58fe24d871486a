namespace Par.Core.Dossiers;

/// <summary>
/// What importing a dossier file did. When required columns were missing nothing was stored and
/// <paramref name="MissingColumns"/> names them; otherwise the good rows were added or updated and the
/// bad ones are listed by row.
/// </summary>
public sealed record DossierImportResult(
    IReadOnlyList<string> MissingColumns,
    int Added,
    int Updated,
    IReadOnlyList<RejectedDossierRow> Rejected)
{
    public bool IsFileRejected => MissingColumns.Count > 0;
}
