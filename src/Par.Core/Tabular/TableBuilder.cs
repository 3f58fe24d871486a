using System.Globalization;
using System.Text.RegularExpressions;

namespace Par.Core.Tabular;

/// <summary>
/// Turns raw rows from any format into a <see cref="Table"/>: the first non-blank row is the header,
/// cells are trimmed and NFC-normalised, blank rows are skipped but keep their numbers.
/// </summary>
internal sealed partial class TableBuilder(TableReadLimits limits)
{
    private readonly List<TableRow> _rows = [];
    private string[]? _headers;

    /// <summary>Adds spreadsheet row <paramref name="number"/>; returns the error that must stop reading, if any.</summary>
    public TableError? Add(int number, IReadOnlyList<string> cells)
    {
        if (IsBlank(cells))
        {
            return null;
        }

        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i].Length > limits.MaxCellChars)
            {
                return new TableError(TableErrorKind.CellTooLong, CellReference.Of(i, number));
            }
        }

        if (_headers is null)
        {
            return SetHeader(number, cells);
        }

        if (_rows.Count == limits.MaxRows)
        {
            return new TableError(TableErrorKind.TooLarge, limits.MaxRows.ToString(CultureInfo.InvariantCulture));
        }

        var values = new string[_headers.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = i < cells.Count ? Clean(cells[i]) : "";
        }

        _rows.Add(new TableRow(number, values));
        return null;
    }

    public TableReadResult Build() =>
        _headers is null ? TableReadResult.Fail(TableErrorKind.Empty) : TableReadResult.Ok(new Table(_headers, _rows));

    private TableError? SetHeader(int number, IReadOnlyList<string> cells)
    {
        var names = cells.Select(cell => CollapseSpaces(Clean(cell))).ToList();
        while (names[^1].Length == 0)
        {
            names.RemoveAt(names.Count - 1);
        }

        if (names.Where(name => name.Length > 0).All(LooksLikeValue))
        {
            return new TableError(TableErrorKind.NoHeader, number.ToString(CultureInfo.InvariantCulture));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (names.FirstOrDefault(name => name.Length > 0 && !seen.Add(TextKey.Normalize(name))) is { } duplicate)
        {
            return new TableError(TableErrorKind.DuplicateHeader, duplicate);
        }

        _headers = [.. names];
        return null;
    }

    private static bool IsBlank(IReadOnlyList<string> cells)
    {
        foreach (var cell in cells)
        {
            if (!string.IsNullOrWhiteSpace(cell))
            {
                return false;
            }
        }

        return true;
    }

    private static string Clean(string cell)
    {
        var trimmed = cell.Trim();
        return trimmed.IsNormalized() ? trimmed : trimmed.Normalize();
    }

    private static string CollapseSpaces(string text) => Whitespace().Replace(text, " ");

    private static bool LooksLikeValue(string text) => ValueLike().IsMatch(text);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    // Numbers and dates: a first row made only of these is data, not column names.
    [GeneratedRegex(@"^[+-]?[0-9][0-9/:.,\sT+-]*\z", RegexOptions.CultureInvariant)]
    private static partial Regex ValueLike();
}
