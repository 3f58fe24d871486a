namespace Par.Core.Dossiers;

/// <summary>
/// A row that was not imported: its spreadsheet row number, why, the canonical column at fault
/// (see <see cref="DossierColumns"/>) and the cell as written. <paramref name="FirstRow"/> is the row a
/// duplicate repeats; <paramref name="MaxLength"/> the limit a too-long value broke.
/// </summary>
public sealed record RejectedDossierRow(
    int Row,
    DossierRejection Reason,
    string Column,
    string Value = "",
    int? FirstRow = null,
    int? MaxLength = null);
