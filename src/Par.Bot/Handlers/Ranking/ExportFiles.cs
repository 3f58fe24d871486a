using System.Globalization;
using System.Text;
using MiniExcelLibs;
using MiniExcelLibs.Csv;
using Par.Bot.Texts;
using Par.Core.Indicators;
using Par.Core.Ranking;
using Par.Core.Tabular;
using Par.Core.Units;

namespace Par.Bot.Handlers.Ranking;

/// <summary>
/// A period's full table as XLSX and CSV: one row per unit with every indicator's rate and points (for the portal's
/// index also its numerator, denominator, published and recomputed score), each group's points, the score, band,
/// place (among the units that reported) and change, and the months its figures were derived from, if they were.
/// No name comes back as a formula: the XLSX holds text as string cells, and the CSV's text cells go through
/// <see cref="CellSanitizer.ForCsv"/>.
/// </summary>
public static class ExportFiles
{
    /// <summary>
    /// UTF-8 with a byte-order mark (Excel on Vietnamese Windows reads BOM-less CSV as Windows-1258 and mangles the
    /// diacritics), comma separated, numbers with a decimal point, cells quoted only when they must be.
    /// </summary>
    private static readonly CsvConfiguration CsvFormat = new()
    {
        StreamWriterFunc = stream => new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)),
        Culture = CultureInfo.InvariantCulture,
        QuoteWhitespaces = false,
    };

    public static byte[] Xlsx(PeriodTable table, IndicatorCatalog catalog, UnitGroups groups, ITexts t) =>
        Save(table, catalog, groups, t, ExcelType.XLSX, configuration: null, text => text);

    public static byte[] Csv(PeriodTable table, IndicatorCatalog catalog, UnitGroups groups, ITexts t) =>
        Save(table, catalog, groups, t, ExcelType.CSV, CsvFormat, CellSanitizer.ForCsv);

    private static byte[] Save(
        PeriodTable table, IndicatorCatalog catalog, UnitGroups groups, ITexts t, ExcelType type, MiniExcelLibs.IConfiguration? configuration,
        Func<string, string> text)
    {
        var (headers, rows) = Rows(table, catalog, groups, t);
        var sheet = rows
            .Select(row => headers.Zip(row).ToDictionary(pair => pair.First, pair => pair.Second is string value ? text(value) : pair.Second))
            .ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(sheet, sheetName: table.Period.ToString(), excelType: type, configuration: configuration);
        return stream.ToArray();
    }

    private static (List<string> Headers, List<object?[]> Rows) Rows(PeriodTable table, IndicatorCatalog catalog, UnitGroups groups, ITexts t)
    {
        var portal = catalog.Groups.Any(group => group.Endpoint is not null);
        List<string> headers =
        [
            t.ExportHeader("group"), t.ExportHeader("code"), t.ExportHeader("name"),
            .. catalog.Items.SelectMany(i => MetricHeaders(i.Code, portal, t)),
            .. catalog.Groups.Select(t.ExportGroupHeader),
            t.ExportHeader("score"), t.ExportHeader("band"), t.ExportHeader("place"), t.ExportHeader("reporters"), t.ExportHeader("size"),
            t.ExportHeader("placeChange"), t.ExportHeader("pointsChange"), t.ExportHeader("missing"), t.ExportHeader("fromMonths"),
        ];
        var rows = table.Rows.Select(row => (object?[])
        [
            t.GroupName(groups.Of(row.Unit.Group)), row.Unit.Code, row.Unit.Name,
            .. row.Entry.Card.Lines.SelectMany(line => MetricCells(line, portal)),
            .. row.Entry.Card.Groups(catalog).Select(group => row.Entry.Reported ? (object?)PortalRounding.Round(group.Earned) : null),
            row.Entry.Reported ? row.Entry.PublishedScore : null,
            row.Entry.Reported ? t.BandName(row.Entry.Band) : null,
            row.Entry.Place, row.Reporters, row.GroupSize, row.PlaceChange, row.PointsChange,
            string.Join(' ', row.Entry.Card.Missing),
            string.Join(' ', row.Entry.FromMonths),
        ]).ToList();
        return (headers, rows);
    }

    /// <summary>
    /// A metric's columns: its rate and points; for the portal's index also the counts it was scored on, the portal's
    /// published score and Par's own (they differ where the import flagged a disagreement; the published one counts).
    /// </summary>
    private static IEnumerable<string> MetricHeaders(string code, bool portal, ITexts t) => portal
        ? [t.ExportNumeratorHeader(code), t.ExportDenominatorHeader(code), t.ExportRateHeader(code), t.ExportOfficialHeader(code), t.ExportComputedHeader(code), t.ExportPointsHeader(code)]
        : [t.ExportRateHeader(code), t.ExportPointsHeader(code)];

    private static IEnumerable<object?> MetricCells(ScoreLine line, bool portal)
    {
        var points = line.IsReported ? (object?)PortalRounding.Round(line.Earned) : null;
        if (!portal)
            return [line.Value is { } v ? PortalRounding.Round(v.Rate) : null, points];
        if (line.Official is { } official)
            return [official.Numerator, official.Denominator, official.Ratio, official.Official, official.Computed, points];
        return [line.Value?.Numerator, line.Value?.Denominator, line.Value is { } typed ? PortalRounding.Round(typed.Rate) : null, null, null, points];
    }
}
