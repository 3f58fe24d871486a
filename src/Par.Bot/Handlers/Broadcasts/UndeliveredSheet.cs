using MiniExcelLibs;
using Par.Bot.Texts;
using Par.Core.Outbox;

namespace Par.Bot.Handlers.Broadcasts;

/// <summary>A long list of who did not get a broadcast as an XLSX sheet; names are string cells, never formulas.</summary>
public static class UndeliveredSheet
{
    public static Attachment Build(IEnumerable<UndeliveredLine> lines, ITexts t)
    {
        var sheet = lines.Select(line => new Dictionary<string, object>
        {
            [t.BroadcastUndeliveredHeader("name")] = line.Member?.Name ?? t.FormerMember,
            [t.BroadcastUndeliveredHeader("unit")] = line.Unit?.Code ?? "",
            [t.BroadcastUndeliveredHeader("unitName")] = line.Unit?.Name ?? "",
            [t.BroadcastUndeliveredHeader("reason")] = t.UndeliveredReasonName(line.Reason),
        });
        using var stream = new MemoryStream();
        stream.SaveAs(sheet);
        return new Attachment { Kind = AttachmentKind.Document, FileName = t.BroadcastUndeliveredFileName, Content = stream.ToArray() };
    }
}
