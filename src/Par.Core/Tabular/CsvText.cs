using System.Text;
using System.Text.Unicode;

namespace Par.Core.Tabular;

/// <summary>
/// Decides how a CSV file's bytes are text: a UTF-8 or UTF-16 byte-order mark wins; otherwise valid
/// UTF-8; otherwise Windows-1258, the ANSI code page of Vietnamese Windows, which is what Excel's plain
/// "CSV" (not "CSV UTF-8") writes there. Binary content is refused before any of that.
/// </summary>
internal static class CsvText
{
    private const int Windows1258 = 1258;
    private const int BinarySniffLength = 8 * 1024;

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];
    private static readonly byte[] Utf16LeBom = [0xFF, 0xFE];
    private static readonly byte[] Utf16BeBom = [0xFE, 0xFF];

    public static TableError? TryOpen(ArraySegment<byte> bytes, out TextReader reader)
    {
        reader = TextReader.Null;
        var span = bytes.AsSpan();
        if (span.StartsWith(Utf8Bom))
        {
            return OpenUtf8(bytes[Utf8Bom.Length..], out reader);
        }

        if (span.StartsWith(Utf16LeBom) || span.StartsWith(Utf16BeBom))
        {
            var bigEndian = span.StartsWith(Utf16BeBom);
            var utf16 = new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true);
            return Decode(utf16, bytes[Utf16LeBom.Length..], out reader);
        }

        if (LooksBinary(span))
        {
            return new TableError(TableErrorKind.NotATable, "binary");
        }

        if (Utf8.IsValid(span))
        {
            return OpenUtf8(bytes, out reader);
        }

        if (CodePagesEncodingProvider.Instance.GetEncoding(Windows1258) is not { } ansi)
        {
            return new TableError(TableErrorKind.BadEncoding, "windows-1258 unavailable");
        }

        var strict = (Encoding)ansi.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        return Decode(strict, bytes, out reader);
    }

    private static TableError? OpenUtf8(ArraySegment<byte> bytes, out TextReader reader)
    {
        reader = TextReader.Null;
        if (!Utf8.IsValid(bytes))
        {
            return new TableError(TableErrorKind.BadEncoding, "utf-8");
        }

        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        reader = new StreamReader(new MemoryStream(bytes.Array!, bytes.Offset, bytes.Count, writable: false), utf8, detectEncodingFromByteOrderMarks: false);
        return null;
    }

    private static TableError? Decode(Encoding encoding, ArraySegment<byte> bytes, out TextReader reader)
    {
        reader = TextReader.Null;
        string text;
        try
        {
            text = encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return new TableError(TableErrorKind.BadEncoding, encoding.WebName);
        }

        // Windows-1258 maps its unassigned bytes to C1 controls, which no real text contains.
        if (text.AsSpan().IndexOfAnyInRange('\u0080', '\u009F') >= 0)
        {
            return new TableError(TableErrorKind.BadEncoding, encoding.WebName);
        }

        reader = new StringReader(text);
        return null;
    }

    /// <summary>A NUL anywhere, or a control character other than whitespace near the start.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Contains((byte)0))
        {
            return true;
        }

        foreach (var b in bytes[..Math.Min(bytes.Length, BinarySniffLength)])
        {
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0B or 0x0C or 0x1A))
            {
                return true;
            }
        }

        return false;
    }
}
