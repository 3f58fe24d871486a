using MiniExcelLibs;
using Par.Bot.Texts;
using Par.Core.Outbox;
using Par.Core.Tabular;
using Telegram.Bot.Extensions;

namespace Par.Bot.Handlers.Documents;

/// <summary>Every rejected row of an import as an XLSX sheet: row number and problem in plain text (cells neutralised against formula injection).</summary>
public static class RejectedSheet
{
    public static Attachment Build(IEnumerable<RejectedLine> lines, ITexts t)
    {
        var sheet = lines.Select(line => new Dictionary<string, object>
        {
            [t.RejectedRowsRowHeader] = line.Row,
            [t.RejectedRowsProblemHeader] = HtmlText.ToPlain(line.Problem),
        });
        using var stream = new MemoryStream();
        stream.SaveAs(sheet);
        return new Attachment { Kind = AttachmentKind.Document, FileName = t.RejectedRowsFileName, Content = stream.ToArray() };
    }
}
