namespace Par.Core.Tabular;

/// <summary>
/// One data row. <paramref name="Number"/> is the row as the user sees it in a spreadsheet
/// (the header is row 1). <paramref name="Cells"/> holds exactly one trimmed, NFC string per header.
/// </summary>
public sealed record TableRow(int Number, IReadOnlyList<string> Cells)
{
    /// <summary>The cell in <paramref name="column"/>, or an empty string when the column is absent.</summary>
    public string this[int? column] =>
        column is { } index && index >= 0 && index < Cells.Count ? Cells[index] : "";
}
