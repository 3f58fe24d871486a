namespace Par.Core.Tabular;

/// <summary>Spreadsheet cell references as users see them: column letters and row number (<c>C12</c>).</summary>
internal static class CellReference
{
    public static string Of(int column, int row) => $"{ColumnName(column)}{row}";

    /// <summary>The letters of a zero-based column: 0 → A, 25 → Z, 26 → AA.</summary>
    public static string ColumnName(int column)
    {
        var name = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }
}
