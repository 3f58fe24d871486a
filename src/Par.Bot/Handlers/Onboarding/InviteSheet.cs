using MiniExcelLibs;
using Par.Core.Tabular;

namespace Par.Bot.Handlers.Onboarding;

/// <summary>The head invites of many units as an XLSX sheet (cells neutralised against formula injection).</summary>
public static class InviteSheet
{
    public static byte[] Build(IEnumerable<InviteSheetRow> rows)
    {
        var sheet = rows.Select(r => new Dictionary<string, object>
        {
            ["unit"] = CellSanitizer.ForExport(r.Unit),
            ["name"] = CellSanitizer.ForExport(r.Name),
            ["group"] = CellSanitizer.ForExport(r.Group),
            ["code"] = r.Code,
            ["link"] = r.Link,
            ["expires"] = r.Expires,
        });
        using var stream = new MemoryStream();
        stream.SaveAs(sheet);
        return stream.ToArray();
    }
}
