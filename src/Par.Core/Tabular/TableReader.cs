using System.Globalization;

using Par.Core.Tabular.Xlsx;

namespace Par.Core.Tabular;

/// <summary>
/// Reads a spreadsheet a user sent — CSV or the first sheet of an XLSX — into a <see cref="Table"/>,
/// or says why it cannot. XLSX is recognised by its zip signature as well as its extension.
/// </summary>
public static class TableReader
{
    private static readonly byte[] ZipSignature = [(byte)'P', (byte)'K', 3, 4];
    private static readonly byte[] OleSignature = [0xD0, 0xCF, 0x11, 0xE0];

    public static TableReadResult Read(Stream content, string fileName, TableReadLimits limits)
    {
        if (ReadBounded(content, limits.MaxBytes) is not { } bytes)
        {
            return TableReadResult.Fail(TableErrorKind.TooLarge, limits.MaxBytes.ToString(CultureInfo.InvariantCulture));
        }

        if (bytes.Count == 0)
        {
            return TableReadResult.Fail(TableErrorKind.Empty);
        }

        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var span = bytes.AsSpan();
        if (span.StartsWith(ZipSignature) && extension is ".xlsx" or ".csv" or "")
        {
            using var workbook = new MemoryStream(bytes.Array!, bytes.Offset, bytes.Count, writable: false);
            return XlsxTable.Read(workbook, limits);
        }

        if (span.StartsWith(OleSignature))
        {
            // Excel 97-2003 (.xls) or another OLE document, whatever its name says.
            return TableReadResult.Fail(TableErrorKind.NotATable, ".xls");
        }

        return extension is ".csv" or ".txt"
            ? CsvTable.Read(bytes, limits)
            : TableReadResult.Fail(TableErrorKind.NotATable, extension);
    }

    /// <summary>The content, or null when it holds more than <paramref name="maxBytes"/>.</summary>
    private static ArraySegment<byte>? ReadBounded(Stream content, long maxBytes)
    {
        if (content.CanSeek && content.Length - content.Position > maxBytes)
        {
            return null;
        }

        var copy = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = content.Read(chunk, 0, chunk.Length)) > 0)
        {
            copy.Write(chunk, 0, read);
            if (copy.Length > maxBytes)
            {
                return null;
            }
        }

        return new ArraySegment<byte>(copy.GetBuffer(), 0, (int)copy.Length);
    }
}
