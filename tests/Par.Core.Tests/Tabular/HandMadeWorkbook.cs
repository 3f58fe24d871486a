using System.IO.Compression;
using System.Security;
using System.Text;

namespace Par.Core.Tests.Tabular;

/// <summary>
/// Writes XLSX parts by hand, so a test controls what MiniExcel would not: number formats, shared strings,
/// rich text, huge cells.
/// </summary>
public sealed class HandMadeWorkbook
{
    private readonly List<string> _rows = [];
    private readonly List<string> _sharedStrings = [];
    private readonly List<string> _formats = ["0"];
    private readonly Dictionary<string, string> _customFormats = [];

    /// <summary>Adds a number format and returns the style index cells use for it; built-in ids as numbers, custom as codes.</summary>
    public int Style(string numFmt)
    {
        if (!int.TryParse(numFmt, out _))
        {
            var id = (164 + _customFormats.Count).ToString(System.Globalization.CultureInfo.InvariantCulture);
            _customFormats[id] = numFmt;
            numFmt = id;
        }

        _formats.Add(numFmt);
        return _formats.Count - 1;
    }

    /// <summary>A row of raw cell XML (<see cref="Text"/>, <see cref="Number"/>).</summary>
    public HandMadeWorkbook Row(int number, params string[] cells)
    {
        _rows.Add($"<row r=\"{number}\">{string.Concat(cells)}</row>");
        return this;
    }

    public string Text(string reference, string text)
    {
        _sharedStrings.Add(text);
        return $"<c r=\"{reference}\" t=\"s\"><v>{_sharedStrings.Count - 1}</v></c>";
    }

    public static string Inline(string reference, string text) =>
        $"<c r=\"{reference}\" t=\"inlineStr\"><is><t>{SecurityElement.Escape(text)}</t></is></c>";

    public static string Number(string reference, string value, int style = 0) =>
        $"<c r=\"{reference}\" s=\"{style}\"><v>{value}</v></c>";

    public byte[] Build()
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(archive, "xl/workbook.xml",
                "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">" +
                "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            Add(archive, "xl/_rels/workbook.xml.rels",
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            Add(archive, "xl/styles.xml",
                "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><numFmts>" +
                string.Concat(_customFormats.Select(f => $"<numFmt numFmtId=\"{f.Key}\" formatCode=\"{SecurityElement.Escape(f.Value)}\"/>")) +
                "</numFmts><cellXfs>" + string.Concat(_formats.Select(f => $"<xf numFmtId=\"{f}\" applyNumberFormat=\"1\"/>")) + "</cellXfs></styleSheet>");
            Add(archive, "xl/sharedStrings.xml",
                "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" +
                string.Concat(_sharedStrings.Select(s => $"<si><t>{SecurityElement.Escape(s)}</t></si>")) + "</sst>");
            Add(archive, "xl/worksheets/sheet1.xml",
                "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + string.Concat(_rows) + "</sheetData></worksheet>");
        }

        return zip.ToArray();
    }

    private static void Add(ZipArchive archive, string path, string xml)
    {
        using var writer = new StreamWriter(archive.CreateEntry(path).Open(), new UTF8Encoding(false));
        writer.Write(xml);
    }
}
