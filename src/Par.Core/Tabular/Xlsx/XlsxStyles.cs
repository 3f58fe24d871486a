using System.Globalization;
using System.Xml;

namespace Par.Core.Tabular.Xlsx;

/// <summary>The meaning of each cell style's number format (the <c>s</c> attribute of a cell indexes the list).</summary>
internal static class XlsxStyles
{
    public static IReadOnlyList<CellFormat> Read(XlsxPackage package)
    {
        var custom = new Dictionary<int, string>();
        var styles = new List<CellFormat>();
        using var reader = package.Open("xl/styles.xml");
        var inCellXfs = false;
        while (reader?.Read() == true)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "numFmt"
                && int.TryParse(reader.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                custom[id] = reader.GetAttribute("formatCode") ?? "";
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "cellXfs")
            {
                inCellXfs = !reader.IsEmptyElement;
            }
            else if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "cellXfs")
            {
                inCellXfs = false;
            }
            else if (inCellXfs && reader.NodeType == XmlNodeType.Element && reader.LocalName == "xf")
            {
                _ = int.TryParse(reader.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var format);
                styles.Add(custom.TryGetValue(format, out var code) ? NumberFormats.OfCode(code) : NumberFormats.OfBuiltIn(format));
            }
        }

        return styles;
    }
}
