using MiniExcelLibs;

namespace Par.Bot.Handlers.Onboarding;

/// <summary>The head invites of many units as an XLSX sheet; names are string cells, never formulas.</summary>
public static class InviteSheet
{
    public static byte[] Build(IEnumerable<InviteSheetRow> rows)
    {
        var sheet = rows.Select(r => new Dictionary<string, object>
        {
            ["unit"] = r.Unit,
            ["name"] = r.Name,
            ["group"] = r.Group,
            ["code"] = r.Code,
            ["link"] = r.Link,
            ["expires"] = r.Expires,
        });
        using var stream = new MemoryStream();
        stream.SaveAs(sheet);
        return stream.ToArray();
    }
}
