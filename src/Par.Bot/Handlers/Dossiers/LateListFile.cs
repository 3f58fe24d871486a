using MiniExcelLibs;
using Par.Bot.Texts;
using Par.Core.Dossiers;

namespace Par.Bot.Handlers.Dossiers;

/// <summary>
/// A unit's whole late list as XLSX: late items oldest due first, then the dossiers waiting for the citizen. One row
/// each with code, procedure, received, due (local times), status and lateness. Text values are string
/// cells, so no procedure name comes back as a formula.
/// </summary>
public static class LateListFile
{
    public static byte[] Xlsx(string unitCode, UnitLateSummary summary, TimeZoneInfo zone, ITexts t)
    {
        string[] columns = ["code", "procedure", "received", "due", "status", "lateness"];
        var headers = columns.Select(t.LateFileHeader).ToArray();
        var sheet = summary.Items.Concat(summary.Waiting).Select(item => headers.Zip(Cells(item, zone, t)).ToDictionary(pair => pair.First, pair => pair.Second)).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(sheet, sheetName: unitCode, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    private static object?[] Cells(LateItem item, TimeZoneInfo zone, ITexts t) =>
    [
        item.Item.Code,
        item.Item.Title,
        TimeZoneInfo.ConvertTimeFromUtc(item.Item.StartedUtc, zone),
        TimeZoneInfo.ConvertTimeFromUtc(item.Item.DueUtc, zone),
        item.Item.Status is { } status ? t.DossierStatusName(status) : t.OpenTaskStatus,
        t.PlainLateness(item),
    ];
}
