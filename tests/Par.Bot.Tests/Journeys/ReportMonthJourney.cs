using System.Globalization;
using System.Text;
using MiniExcelLibs;
using Par.Bot.Jobs;
using Par.Bot.Tests.Dossiers;
using Par.Bot.Tests.Fakes;
using Par.Bot.Tests.Hosting;
using Par.Bot.Tests.Ranking;
using Par.Core.Tests.Tabular;

namespace Par.Bot.Tests.Journeys;

/// <summary>
/// October 2026 in a group of four departments, as an office runs it: the admin imports the units from a file and
/// invites the heads; Sở Nội vụ reports by the guided flow and Sở Tư pháp by an XLSX file with percent cells; on the
/// 3rd only the two that did not report are reminded, on the 6th only they are escalated; the two that reported tie
/// in /rank, /top and /export.
/// </summary>
public sealed class ReportMonthJourney : IAsyncLifetime
{
    private const long Admin = BotHarness.AdminId;
    private const long HeadSnv = 701;
    private const long HeadStp = 702;
    private const long HeadSyt = 703;
    private const long HeadSxd = 704;
    private BotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotHarness.StartAsync(clock: new TestClock(new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.FromHours(7))));
        var units = "Mã đơn vị,Tên đơn vị,Nhóm\nSNV,Sở Nội vụ,department\nSTP,Sở Tư pháp,department\nSYT,Sở Y tế,department\nSXD,Sở Xây dựng,department\n";
        Assert.Contains("thêm mới 4", (await _bot.SendFileAsync(Admin, units, "don-vi.csv")).Text);
        await _bot.JoinAsHeadAsync(HeadSnv, "SNV");
        await _bot.JoinAsHeadAsync(HeadStp, "STP");
        await _bot.JoinAsHeadAsync(HeadSyt, "SYT");
        await _bot.JoinAsHeadAsync(HeadSxd, "SXD");
        await _bot.Get<ReminderRunner>().RunDueAsync();
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Only_the_units_that_did_not_report_are_reminded_and_escalated_and_the_two_that_did_tie()
    {
        await ReportGuidedAsync();
        await ReportXlsxWithPercentCellsAsync();

        await RemindOnTheThirdAsync();
        await EscalateOnTheSixthAsync();
        await RankTopAndExportAgreeOnTheTieAsync();
    }

    /// <summary>Sở Nội vụ's head types DISCLOSE = 100, skips the other seven indicators and confirms: 18 points.</summary>
    private async Task ReportGuidedAsync()
    {
        await _bot.SayAsync(HeadSnv, "/report 2026-10");
        var step = await _bot.SayAsync(HeadSnv, "100");
        while (!step.Buttons.Any(b => b.Text.Contains("Xác nhận", StringComparison.Ordinal)))
            step = await _bot.PressAsync(HeadSnv, step, "Bỏ qua");
        var saved = await _bot.PressAsync(HeadSnv, step, "Xác nhận");
        Assert.Contains("Đã lưu báo cáo", saved.Text);
    }

    /// <summary>Sở Tư pháp's sheet holds 1 under a 0% format: 100 %, the same 18 points.</summary>
    private async Task ReportXlsxWithPercentCellsAsync()
    {
        var book = new HandMadeWorkbook();
        var percent = book.Style("0%");
        book.Row(1, book.Text("A1", "Đơn vị"), book.Text("B1", "Kỳ báo cáo"), book.Text("C1", "DISCLOSE"))
            .Row(2, book.Text("A2", "STP"), book.Text("B2", "2026-10"), HandMadeWorkbook.Number("C2", "1", percent));
        Assert.Contains("lưu 1 dòng", (await _bot.ImportAsync(HeadStp, book.Build(), "bao-cao-thang-10.xlsx")).Plain());
    }

    private async Task RemindOnTheThirdAsync()
    {
        var mark = _bot.Api.AllSent.Count;
        _bot.Clock.SetVietnamTime(new DateTime(2026, 11, 3, 9, 0, 30));
        await _bot.Get<ReminderRunner>().RunDueAsync();

        await _bot.Api.WaitForMessage(HeadSyt, m => m.Text!.Contains("Nhắc báo cáo"));
        await _bot.Api.WaitForMessage(HeadSxd, m => m.Text!.Contains("Nhắc báo cáo"));
        Assert.Equal(
            ["report:2026-10:2026-11-03:unit:SXD:user:704", "report:2026-10:2026-11-03:unit:SYT:user:703"],
            _bot.OutboxKeys("report:").Order());
        Assert.Equal([HeadSyt, HeadSxd], _bot.Api.ChatsMessagedSince(mark));
    }

    private async Task EscalateOnTheSixthAsync()
    {
        var mark = _bot.Api.AllSent.Count;
        _bot.Clock.SetVietnamTime(new DateTime(2026, 11, 6, 16, 0, 30));
        await _bot.Get<ReminderRunner>().RunDueAsync();

        var escalation = await _bot.Api.WaitForMessage(Admin, m => m.Text!.Contains("Cảnh báo trễ hạn"));
        Assert.Contains("<b>Đơn vị chưa báo cáo tháng 10/2026 (hạn chót 05/11/2026):</b>\n• <code>SXD</code> Sở Xây dựng\n• <code>SYT</code> Sở Y tế", escalation.Text);
        Assert.DoesNotContain("SNV", escalation.Text);
        Assert.DoesNotContain("STP", escalation.Text);
        Assert.Equal([Admin], _bot.Api.ChatsMessagedSince(mark));
    }

    private async Task RankTopAndExportAgreeOnTheTieAsync()
    {
        var snv = (await _bot.SayAsync(HeadSnv, "/rank 2026-10")).Plain();
        var stp = (await _bot.SayAsync(HeadStp, "/rank 2026-10")).Plain();
        var board = (await _bot.SayAsync(Admin, "/top department 2026-10")).Plain();
        await _bot.Api.WaitForMessage(Admin, m => m.Method == "sendPhoto");
        var (xlsx, csv) = await _bot.ExportAsync(Admin, "2026-10");

        Assert.Contains("Sở Nội vụ — kỳ tháng 10/2026: 18,00 điểm (Yếu), hạng 1/2 đơn vị đã báo cáo, khối có 4", snv);
        Assert.Contains("Sở Tư pháp — kỳ tháng 10/2026: 18,00 điểm (Yếu), hạng 1/2 đơn vị đã báo cáo, khối có 4", stp);
        Assert.Contains("4 đơn vị, 2 đã báo cáo", board);
        Assert.Matches(@"1\. Sở (Nội vụ|Tư pháp) — 18,00 \(Yếu\)\n1\. Sở (Nội vụ|Tư pháp) — 18,00 \(Yếu\)", board);
        Assert.Contains("Chưa báo cáo (2)", board);
        var rows = new MemoryStream(xlsx.FileContent!).Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(
            ["SNV 18 1", "STP 18 1", "SXD - -", "SYT - -"],
            rows.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r["Mã đơn vị"]} {r["Điểm"] ?? "-"} {r["Hạng"] ?? "-"}")).Order());
        Assert.Equal(2, Encoding.UTF8.GetString(csv.FileContent!).Split('\n').Count(line => line.Contains(",18,Yếu,1,", StringComparison.Ordinal)));
    }
}
