using MiniExcelLibs;
using Par.Bot.Texts;
using Par.Core.Emulation;
using Par.Core.Tabular;
using Par.Core.Units;

namespace Par.Bot.Handlers.Emulation;

/// <summary>
/// The emulation table as XLSX, one sheet per group in configured order, a row per unit by place. Text cells go
/// through <see cref="CellSanitizer.ForExport"/> so no unit name comes back as a formula.
/// </summary>
public static class EmulationSheet
{
    public static byte[] Xlsx(EmulationTable table, UnitGroups groups, ITexts t)
    {
        var headers = t.EmulationHeaders;
        var sheets = new Dictionary<string, object>();
        foreach (var group in table.Rows.GroupBy(r => r.Unit.Group, StringComparer.OrdinalIgnoreCase))
        {
            var rows = group.Select(row => headers.Zip(Cells(row, t)).ToDictionary(pair => pair.First, pair => pair.Second)).ToList();
            sheets[SheetName(t.GroupName(groups.Of(group.Key)), sheets.Count)] = rows;
        }
        using var stream = new MemoryStream();
        stream.SaveAs(sheets, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    private static object?[] Cells(EmulationRow row, ITexts t) =>
    [
        row.Place, row.Unit.Code, row.Unit.Name,
        row.Due, row.OnTime, row.Late, row.Overdue, row.InProgress, row.Coordinated,
        row.Report is { } report ? t.ReportTimingName(report) : null,
        row.Index?.Score, row.Index?.Place,
        row.TaskPoints, row.ReportPoints, row.RankPoints, row.Score,
    ];

    /// <summary>Excel allows 31 characters and no <c>[]:*?/\</c> in a sheet name; the position keeps two cut names apart.</summary>
    private static string SheetName(string name, int position)
    {
        var clean = new string([.. name.Where(c => !"[]:*?/\\".Contains(c))]);
        return clean.Length > 28 ? $"{clean[..28]} {position + 1}" : clean;
    }
}
