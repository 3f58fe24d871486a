using System.Text;
using System.Xml;

namespace Par.Core.Tabular.Xlsx;

/// <summary>Reads the text of an element in chunks, keeping at most a bound, so a huge cell never becomes a huge string.</summary>
internal static class XlsxText
{
    /// <summary>
    /// Appends the text of the current element's <c>t</c> descendants (one for plain text, several for rich text)
    /// and leaves the reader on its end tag. Returns false when the text is longer than <paramref name="maxChars"/>.
    /// </summary>
    public static bool ReadRuns(XmlReader reader, StringBuilder text, int maxChars)
    {
        if (reader.IsEmptyElement)
        {
            return true;
        }

        var depth = reader.Depth;
        var fits = true;
        int? phonetic = null;
        while (reader.Read() && reader.Depth > depth)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "rPh" && !reader.IsEmptyElement)
            {
                // Phonetic hints (East Asian readings) are not part of the cell's text.
                phonetic = reader.Depth;
            }
            else if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == phonetic)
            {
                phonetic = null;
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "t" && phonetic is null)
            {
                fits &= ReadElement(reader, text, maxChars);
            }
        }

        return fits;
    }

    /// <summary>Appends the current element's text and leaves the reader on its end tag; false when it exceeds the bound.</summary>
    public static bool ReadElement(XmlReader reader, StringBuilder text, int maxChars)
    {
        if (reader.IsEmptyElement)
        {
            return true;
        }

        var buffer = new char[1024];
        var fits = true;
        var depth = reader.Depth;
        while (reader.Read() && reader.Depth > depth)
        {
            if (reader.NodeType is not (XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace))
            {
                continue;
            }

            int read;
            while ((read = reader.ReadValueChunk(buffer, 0, buffer.Length)) > 0)
            {
                if (fits && text.Length + read <= maxChars)
                {
                    text.Append(buffer, 0, read);
                }
                else
                {
                    fits = false;
                }
            }
        }

        return fits;
    }
}
