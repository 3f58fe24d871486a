using MiniExcelLibs;
using Par.Bot.Tests.Hosting;

namespace Par.Bot.Tests.Portal;

/// <summary>/export of an imported month: per unit, every metric's counts, rate, published and recomputed score, each group's points, the total and the place.</summary>
public sealed class PortalExportTests
{
    private static readonly string[] MetricColumns = ["— tử số", "— mẫu số", "(%)", "— điểm Cổng", "— điểm tính lại", "(điểm)"];

    [Fact]
    public async Task The_export_of_an_imported_month_holds_every_metric_as_the_portal_published_it_and_the_groups_add_up_to_the_total()
    {
        await using var bot = await PortalBot.StartAsync();
        await PortalBot.ImportLinkedAsync(bot);

        var (xlsx, csv) = await bot.ExportAsync(BotHarness.AdminId, "2026-10");

        var rows = new MemoryStream(xlsx.FileContent!).Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(13, rows.Count);
        var office = rows.Single(r => (string)r["Mã đơn vị"]! == "H99.01");
        Assert.Equal(
            [12d, 19d, 63.16, 3.79, 3.79, 3.79],
            MetricColumns.Select(column => office[$"PUBLISH_ON_TIME {column}"]));
        // No case to publish: counted 0 of 0, not scored.
        Assert.Equal(
            [0d, 0d, null, null, null, 0d],
            MetricColumns.Select(column => office[$"PUBLIC_UPDATE_ON_TIME {column}"]));
        var groupColumns = office.Keys.Where(key => key.StartsWith("Nhóm ", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, groupColumns.Count);
        Assert.Contains("Nhóm Công khai, minh bạch (điểm)", groupColumns);
        Assert.All(rows, row => Assert.Equal((double)row["Điểm"]!, groupColumns.Sum(column => (double)row[column]!), precision: 2));
        var commune = rows.Single(r => (string)r["Mã đơn vị"]! == "H99.107");
        Assert.Equal((64.56, 4d), ((double)commune["Điểm"]!, (double)commune["Hạng"]!));
        Assert.Contains("PUBLISH_ON_TIME — điểm Cổng", System.Text.Encoding.UTF8.GetString(csv.FileContent!));
    }
}
