using System.Globalization;
using System.Text;
using System.Xml;

namespace Par.Core.Tabular.Xlsx;

/// <summary>Streams a worksheet's rows into a <see cref="TableBuilder"/>, turning each cell into its text by type and format.</summary>
internal sealed class XlsxSheetReader(IReadOnlyList<string?> strings, IReadOnlyList<CellFormat> formats, TableReadLimits limits)
{
    /// <summary>Beyond column XFD (16 384) a reference is not Excel's; refusing it bounds the row we build.</summary>
    private const int MaxColumns = 16_384;

    private readonly TableBuilder _builder = new(limits);
    private readonly StringBuilder _text = new();

    public TableReadResult Read(Stream sheet)
    {
        using var reader = XlsxPackage.Reader(sheet);
        var cells = new List<string>();
        var number = 0;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "row")
            {
                continue;
            }

            number = RowNumber(reader.GetAttribute("r")) ?? number + 1;
            cells.Clear();
            if (ReadRow(reader, number, cells) is { } cellError)
            {
                return TableReadResult.Fail(cellError);
            }

            if (_builder.Add(number, cells) is { } error)
            {
                return TableReadResult.Fail(error);
            }
        }

        return _builder.Build();
    }

    private TableError? ReadRow(XmlReader reader, int row, List<string> cells)
    {
        if (reader.IsEmptyElement)
        {
            return null;
        }

        var depth = reader.Depth;
        while (reader.Read() && reader.Depth > depth)
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "c")
            {
                continue;
            }

            var reference = reader.GetAttribute("r");
            var column = ColumnIndex(reference) ?? cells.Count;
            if (column >= MaxColumns)
            {
                return new TableError(TableErrorKind.Unreadable, reference ?? "");
            }

            while (cells.Count < column)
            {
                cells.Add("");
            }

            if (ReadCell(reader) is not { } value)
            {
                return new TableError(TableErrorKind.CellTooLong, reference ?? CellReference.Of(column, row));
            }

            if (column < cells.Count)
            {
                cells[column] = value;
            }
            else
            {
                cells.Add(value);
            }
        }

        return null;
    }

    /// <summary>The cell's text, or null when it is longer than the bound.</summary>
    private string? ReadCell(XmlReader reader)
    {
        var type = reader.GetAttribute("t");
        var style = int.TryParse(reader.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
        _text.Clear();
        var fits = true;
        if (!reader.IsEmptyElement)
        {
            var depth = reader.Depth;
            while (reader.Read() && reader.Depth > depth)
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "v")
                {
                    fits &= XlsxText.ReadElement(reader, _text, limits.MaxCellChars);
                }
                else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "is")
                {
                    fits &= XlsxText.ReadRuns(reader, _text, limits.MaxCellChars);
                }
            }
        }

        if (!fits)
        {
            return null;
        }

        var raw = _text.ToString();
        return type switch
        {
            "s" => SharedString(raw),
            "inlineStr" or "str" or "e" => raw,
            "b" => raw == "1" ? "TRUE" : "FALSE",
            "d" => DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? CellText.From(date) : raw,
            _ => Number(raw, style < formats.Count ? formats[style] : CellFormat.Number),
        };
    }

    private string? SharedString(string index) =>
        int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Count
            ? strings[i]
            : throw new InvalidDataException($"Shared string {index} does not exist.");

    private static string Number(string raw, CellFormat format)
    {
        if (raw.Length == 0 || !double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return raw;
        }

        return format switch
        {
            CellFormat.Percent when Math.Abs(number) < 7.9e26 => PercentText(number),
            CellFormat.Date when number is >= 0 and < 2958466 => CellText.From(DateTime.FromOADate(number)),
            _ => CellText.From(number),
        };
    }

    /// <summary>0.95 under a percent format is what the user sees: <c>95%</c>.</summary>
    private static string PercentText(double fraction) =>
        ((decimal)fraction * 100).ToString("0.############", CultureInfo.InvariantCulture) + "%";

    private static int? RowNumber(string? reference) =>
        int.TryParse(reference, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : null;

    /// <summary>The zero-based column of a reference such as <c>C12</c>.</summary>
    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference) || !char.IsAsciiLetter(reference[0]))
        {
            return null;
        }

        var column = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c))
            {
                break;
            }

            column = (column * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
            if (column > MaxColumns)
            {
                return MaxColumns;
            }
        }

        return column - 1;
    }
}
