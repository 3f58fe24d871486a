using MiniExcelLibs;
using Par.Bot.Texts;
using Par.Core.Outbox;
using Par.Core.Tabular;

namespace Par.Bot.Handlers.Broadcasts;

/// <summary>A long list of who did not get a broadcast as an XLSX sheet (cells neutralised against formula injection).</summary>
public static class UndeliveredSheet
{
    public static Attachment Build(IEnumerable<UndeliveredLine> lines, ITexts t)
    {
        var sheet = lines.Select(line => new Dictionary<string, object>
        {
            [t.BroadcastUndeliveredHeader("name")] = CellSanitizer.ForExport(line.Member?.Name ?? t.FormerMember),
            [t.BroadcastUndeliveredHeader("unit")] = CellSanitizer.ForExport(line.Unit?.Code),
            [t.BroadcastUndeliveredHeader("unitName")] = CellSanitizer.ForExport(line.Unit?.Name),
            [t.BroadcastUndeliveredHeader("reason")] = t.UndeliveredReasonName(line.Reason),
        });
        using var stream = new MemoryStream();
        stream.SaveAs(sheet);
        return new Attachment { Kind = AttachmentKind.Document, FileName = t.BroadcastUndeliveredFileName, Content = stream.ToArray() };
    }
}
