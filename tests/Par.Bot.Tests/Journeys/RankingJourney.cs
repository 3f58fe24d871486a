using System.Globalization;
using System.Text;
using MiniExcelLibs;
using Par.Bot.Handlers.Ranking;
using Par.Bot.Tests.Fakes;
using Par.Bot.Tests.Hosting;
using Par.Bot.Tests.Ranking;
using Par.Core.Ranking;

namespace Par.Bot.Tests.Journeys;

/// <summary>
/// A month and a quarter in one group of four departments, reported the three ways units report (guided, a file,
/// one line), then read back through /rank, /top, its picture and /export: every feature must tell the same story.
/// </summary>
/// <remarks>
/// April: Sở Nội vụ 50 points; Sở Tư pháp exactly 37.985 and Sở Y tế 37.99333…, both published as 37,99 (half up),
/// so they share second place; Sở Xây dựng never reports. March: Sở Tư pháp first, Sở Nội vụ second, Sở Y tế silent.
/// Quarter I: Sở Tư pháp reported the quarter itself; Sở Nội vụ only its months.
/// </remarks>
public sealed class RankingJourney : IAsyncLifetime
{
    private const long HeadSnv = 681;
    private const long HeadStp = 682;
    private RankingBot _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await RankingBot.StartAsync();
        await _bot.AddUnitWithHeadAsync("SNV", "Sở Nội vụ", HeadSnv);
        await _bot.AddUnitWithHeadAsync("STP", "Sở Tư pháp", HeadStp);
        await _bot.AddUnitAsync("SYT", "Sở Y tế");
        await _bot.AddUnitAsync("SXD", "Sở Xây dựng");
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Rank_top_the_chart_and_export_agree_on_ties_places_changes_and_quarters_from_months()
    {
        await ReportOneLineAsync(HeadSnv, "/report 2025-01 ONTIME=90/100");
        await ReportOneLineAsync(HeadSnv, "/report 2025-02 ONTIME=100/100");
        await ReportOneLineAsync(HeadSnv, "/report 2025-03 DISCLOSE=50");
        await _bot.ReportAsync("STP", "2025-03", "DISCLOSE=100");
        await ReportAprilGuidedAsync();
        await ReportFileAsync("unit,period,ONTIME,DISCLOSE\nSTP,2025-04,3997/4000,100\nSTP,2025-Q1,300/400,90\n");
        await _bot.ReportAsync("SYT", "2025-04", "ONTIME=2999/3000 DISCLOSE=100");

        await AprilRankAsync();
        await AprilTopAndChartAsync();
        await AprilExportAsync();
        await QuarterAsync();
    }

    private async Task AprilRankAsync()
    {
        var stp = (await _bot.SayAsync(HeadStp, "/rank")).Plain();
        var syt = (await _bot.SayAsync(RankingBot.Admin, "/rank SYT 2025-04")).Plain();

        Assert.Contains("Sở Tư pháp — kỳ tháng 4/2025: 37,99 điểm (Yếu), hạng 2/3 đơn vị đã báo cáo, khối có 4 (▼1 bậc, +19,99 điểm so với tháng 3/2025).", stp);
        Assert.Contains("Trung bình khối Sở, ban, ngành: 41,99 điểm.", stp);
        Assert.Contains("• Nộp hồ sơ trực tuyến: chưa báo cáo — mất 12,00 điểm", stp);
        Assert.DoesNotContain("(ONLINE)", stp);
        Assert.Contains("Sở Y tế — kỳ tháng 4/2025: 37,99 điểm (Yếu), hạng 2/3 đơn vị đã báo cáo, khối có 4 (tháng 3/2025 chưa có số liệu để so sánh).", syt);
    }

    private async Task AprilTopAndChartAsync()
    {
        var board = (await _bot.SayAsync(RankingBot.Admin, "/top department 2025-04")).Plain();
        var photo = await _bot.Api.WaitForMessage(RankingBot.Admin, m => m.Method == "sendPhoto");

        Assert.Contains("Bảng xếp hạng khối Sở, ban, ngành — tháng 4/2025", board);
        Assert.Contains("4 đơn vị, 3 đã báo cáo · trung bình 41,99 điểm", board);
        Assert.Contains("1. Sở Nội vụ — 50,00 (Trung bình)\n2. Sở Tư pháp — 37,99 (Yếu)\n2. Sở Y tế — 37,99 (Yếu)", board);
        Assert.Contains("Chưa báo cáo (1): Sở Xây dựng", board);
        var average = _bot.Harness.Get<RankingService>().Rank("department", RankingBot.P("2025-04")).Average!.Value;
        var expected = _bot.Harness.Get<RankingChart>().Render(
            "Xếp hạng khối Sở, ban, ngành — tháng 4/2025",
            [new ChartBar("1. Sở Nội vụ", 50, "50,00", false), new ChartBar("2. Sở Tư pháp", 37.99, "37,99", false), new ChartBar("2. Sở Y tế", 37.99, "37,99", false)],
            (double)average,
            "Trung bình 41,99",
            "Điểm");
        Assert.Equal(expected, photo.FileContent);
    }

    private async Task AprilExportAsync()
    {
        var (xlsx, csv) = await _bot.Harness.ExportAsync(RankingBot.Admin, "2025-04");

        var rows = new MemoryStream(xlsx.FileContent!).Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.All(rows, r => Assert.Equal("Sở, ban, ngành", r["Khối"]));
        Assert.Equal(
            ["SNV 50 1 3 4 1", "STP 37.99 2 3 4 -1", "SYT 37.99 2 3 4 -", "SXD - - 3 4 -"],
            rows.Select(r => string.Create(
                CultureInfo.InvariantCulture,
                $"{r["Mã đơn vị"]} {r["Điểm"] ?? "-"} {r["Hạng"] ?? "-"} {r["Số đơn vị đã báo cáo"]} {r["Số đơn vị trong khối"]} {r["Thay đổi hạng"] ?? "-"}")));
        var text = Encoding.UTF8.GetString(csv.FileContent!);
        Assert.Contains(",37.99,Yếu,2,3,4,-1,19.99,", text);
        Assert.Contains(",37.99,Yếu,2,3,4,,,", text);
    }

    private async Task QuarterAsync()
    {
        var snv = (await _bot.SayAsync(HeadSnv, "/rank 2025-Q1")).Plain();
        var stp = (await _bot.SayAsync(HeadStp, "/rank 2025-Q1")).Plain();
        var board = (await _bot.SayAsync(RankingBot.Admin, "/top department 2025-Q1")).Plain();
        var photo = await _bot.Api.WaitForMessage(RankingBot.Admin, m => m.Method == "sendPhoto");
        var (xlsx, _) = await _bot.Harness.ExportAsync(RankingBot.Admin, "2025-Q1");

        // Sở Nội vụ from its months: ONTIME 190/200 → 19 points, DISCLOSE 50 % (March only) → 9 points.
        Assert.Contains("Sở Nội vụ — kỳ quý I/2025: 28,00 điểm (Yếu), hạng 2/2 đơn vị đã báo cáo, khối có 4 (quý IV/2024 chưa có số liệu để so sánh).", snv);
        Assert.Contains("ℹ️ Đơn vị chưa có báo cáo quý I/2025 nên số liệu được tính từ báo cáo tháng 1, 2, 3/2025", snv);
        // Sở Tư pháp's own quarter report (ONTIME 75 % → 15, DISCLOSE 90 % → 16.2) wins over its March (18 points).
        Assert.Contains("Sở Tư pháp — kỳ quý I/2025: 31,20 điểm (Yếu), hạng 1/2 đơn vị đã báo cáo, khối có 4", stp);
        Assert.DoesNotContain("ℹ️", stp);
        Assert.Contains("4 đơn vị, 2 đã báo cáo", board);
        Assert.Contains("1. Sở Tư pháp — 31,20 (Yếu)\n2. Sở Nội vụ* — 28,00 (Yếu)\n* Chưa có báo cáo quý I/2025: số liệu tính từ báo cáo các tháng.", board);
        Assert.Contains("Xếp hạng khối Sở, ban, ngành — quý I/2025\n* Chưa có báo cáo quý I/2025", photo.Plain());
        var rows = new MemoryStream(xlsx.FileContent!).Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(
            ["STP 1 ", "SNV 2 2025-01 2025-02 2025-03"],
            rows.Take(2).Select(r => $"{r["Mã đơn vị"]} {r["Hạng"]} {r["Tính từ các tháng"]}"));
    }

    private async Task ReportOneLineAsync(long userId, string command) =>
        Assert.Contains("Đã lưu", (await _bot.SayAsync(userId, command)).Plain());

    /// <summary>Sở Nội vụ's head types DISCLOSE, ONTIME and ONLINE, skips the rest and confirms: 18 + 20 + 12 points.</summary>
    private async Task ReportAprilGuidedAsync()
    {
        var step = await _bot.SayAsync(HeadSnv, "/report 2025-04");
        foreach (var typed in new[] { "100", "500/500", "50" })
        {
            step = await _bot.SayAsync(HeadSnv, typed);
        }

        for (var i = 4; i <= 8; i++)
        {
            Assert.Contains($"({i}/8)", step.Text);
            step = await _bot.PressAsync(HeadSnv, step, "Bỏ qua");
        }

        Assert.Contains("✏️ Công khai thủ tục: 100% → 18,00/18 điểm", step.Plain());
        Assert.Contains("Điểm dự kiến: 50,00 (Trung bình)", step.Plain());
        var saved = await _bot.PressAsync(HeadSnv, step, "Xác nhận");
        Assert.Contains("Đã lưu báo cáo Sở Nội vụ kỳ tháng 4/2025", saved.Plain());
    }

    private async Task ReportFileAsync(string csv)
    {
        Assert.Contains("lưu 2 dòng", (await _bot.Harness.ImportAsync(HeadStp, Encoding.UTF8.GetBytes(csv), "baocao.csv")).Plain());
    }
}
