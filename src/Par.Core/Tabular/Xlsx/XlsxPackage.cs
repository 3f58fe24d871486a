using System.IO.Compression;
using System.Xml;

namespace Par.Core.Tabular.Xlsx;

/// <summary>The parts of a workbook, opened within the inflate budget and read with a safe XML reader.</summary>
internal sealed class XlsxPackage(ZipArchive archive, InflateBudget budget)
{
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = false,
        CloseInput = true,
    };

    /// <summary>A reader over the part, or null when the workbook has no such part.</summary>
    public XmlReader? Open(string path) =>
        archive.GetEntry(path) is { } entry ? XmlReader.Create(budget.Open(entry), Settings) : null;

    public static XmlReader Reader(Stream stream) => XmlReader.Create(stream, Settings);

    /// <summary>The zip path of the workbook's first sheet, by the workbook's own order.</summary>
    public string? FirstSheetPath()
    {
        var relationId = FirstSheetRelation();
        var target = relationId is null ? null : RelationTarget(relationId);
        if (target is not null)
        {
            return target.StartsWith('/') ? target[1..] : "xl/" + target;
        }

        return archive.Entries
            .Select(entry => entry.FullName)
            .Where(name => name.StartsWith("xl/worksheets/", StringComparison.Ordinal) && name.EndsWith(".xml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
    }

    private string? FirstSheetRelation()
    {
        using var reader = Open("xl/workbook.xml");
        while (reader?.Read() == true)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "sheet")
            {
                return reader.GetAttribute("id", RelationshipsNamespace);
            }
        }

        return null;
    }

    private string? RelationTarget(string relationId)
    {
        using var reader = Open("xl/_rels/workbook.xml.rels");
        while (reader?.Read() == true)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship" && reader.GetAttribute("Id") == relationId)
            {
                return reader.GetAttribute("Target");
            }
        }

        return null;
    }
}
