using System.Text;
using System.Xml;

namespace Par.Core.Tabular.Xlsx;

/// <summary>The workbook's shared strings; one longer than the cell bound is kept as null and refused where a cell uses it.</summary>
internal static class XlsxSharedStrings
{
    public static IReadOnlyList<string?> Read(XlsxPackage package, int maxCellChars)
    {
        var strings = new List<string?>();
        using var reader = package.Open("xl/sharedStrings.xml");
        if (reader is null)
        {
            return strings;
        }

        var text = new StringBuilder();
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "si")
            {
                text.Clear();
                strings.Add(XlsxText.ReadRuns(reader, text, maxCellChars) ? text.ToString() : null);
            }
        }

        return strings;
    }
}
