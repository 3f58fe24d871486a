namespace Par.Core.Dossiers;

/// <summary>
/// What importing a dossier file would do: the dossiers to add or update and the rows rejected.
/// When required columns are missing the whole file is rejected: <paramref name="MissingColumns"/>
/// names them and there are no dossiers.
/// </summary>
public sealed record DossierImportPlan(
    IReadOnlyList<string> MissingColumns,
    IReadOnlyList<Dossier> Dossiers,
    IReadOnlyList<RejectedDossierRow> Rejected)
{
    public bool IsFileRejected => MissingColumns.Count > 0;
}
