using Par.Core.Indicators;
using Par.Core.Tabular;

namespace Par.Core.Reports;

/// <summary>
/// Columns of a report file: <c>unit,period,&lt;indicator codes…&gt;</c> (or <c>Đơn vị</c>, <c>Kỳ báo cáo</c>), one row per
/// unit and period. An empty indicator cell leaves that value as it was; unknown extra columns are ignored.
/// </summary>
public sealed class ReportFileLayout(IndicatorCatalog catalog)
{
    public const string Unit = "unit";
    public const string Period = "period";

    private readonly HeaderMatcher _matcher = new(
    [
        new ColumnAliases(Unit, "Mã đơn vị", "Đơn vị"),
        new ColumnAliases(Period, "Kỳ báo cáo", "Kỳ"),
        .. catalog.Items.Select(indicator => new ColumnAliases(indicator.Code)),
    ]);

    /// <summary>A report file names the unit, the period and at least one indicator of the catalogue.</summary>
    public bool Recognizes(Table table)
    {
        var map = _matcher.Match(table.Headers);
        return map.Has(Unit) && map.Has(Period) && catalog.Items.Any(indicator => map.Has(indicator.Code));
    }

    public IEnumerable<ReportRow> Rows(Table table)
    {
        var map = _matcher.Match(table.Headers);
        var indicators = catalog.Items.Where(indicator => map.Has(indicator.Code)).Select(indicator => indicator.Code).ToList();
        return table.Rows.Select(row => new ReportRow(
            row.Number,
            row[map[Unit]],
            row[map[Period]],
            [.. indicators.Select(code => KeyValuePair.Create(code, row[map[code]]))]));
    }
}
