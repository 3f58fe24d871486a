using MiniExcelLibs;
using Par.Bot.Tests.Dossiers;
using Par.Bot.Tests.Fakes;
using Par.Bot.Tests.Hosting;

namespace Par.Bot.Tests.Tasks;

/// <summary>The monthly emulation table from the register: exact figures, a head's own line, the export, and a locked month.</summary>
public sealed class EmulationTests : IAsyncLifetime
{
    private const long Admin = BotHarness.AdminId;
    private const long Head = 501;
    private const long StpHead = 601;
    private BotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await Province.StartAsync();
        await _bot.AddUnitAsync("SNV", "Sở Nội vụ");
        await _bot.AddUnitAsync("STP", "Sở Tư pháp");
        await _bot.AddUnitAsync("SYT", "Sở Y tế");
        await _bot.JoinAsHeadAsync(Head, "SNV");
        await _bot.JoinAsHeadAsync(StpHead, "STP");
        // T-1 SNV with STP, done on time and STP's part too; T-2 SNV, never done; T-3 STP, due in June.
        await _bot.SayAsync(Admin, "/tasks new SNV+STP 20/05/2025 Một");
        await _bot.SayAsync(Admin, "/tasks new SNV 21/05/2025 Hai");
        await _bot.SayAsync(Admin, "/tasks new STP 10/06/2025 Ba");
        await _bot.AskAsync(Head, "/done T-1 Xong", "Đã ghi nhận hoàn thành");
        await _bot.Api.WaitForMessage(StpHead, m => m.Text?.Contains("Nhiệm vụ phối hợp T-1", StringComparison.Ordinal) == true);
        await _bot.PressForAsync(StpHead, await _bot.AskAsync(StpHead, "/tasks T-1", "<b>Nhiệm vụ <code>T-1</code></b>"), "Xong phần việc", "Đã ghi nhận");
        _bot.Clock.SetVietnamTime(new DateTime(2025, 6, 2, 9, 0, 0));
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task The_months_table_counts_each_units_tasks_and_scores_them_by_the_weights()
    {
        var table = (await _bot.AskAsync(Admin, "/emulation 2025-05", "Bảng thi đua")).Text!;

        // SNV: on time +10, overdue −5 → 5; STP: its part on time 10 × 0.3 = 3; SYT: 0. The May report is due 05/06, not yet late.
        Assert.Contains("1. <code>SNV</code> Sở Nội vụ — <b>5,00</b>: 2 nhiệm vụ đến hạn: 1 đúng hạn, 0 quá hạn, 1 chưa xong, 0 đang làm; phối hợp 0; chưa đến hạn báo cáo", table);
        Assert.Contains("2. <code>STP</code> Sở Tư pháp — <b>3,00</b>: 0 nhiệm vụ đến hạn: 0 đúng hạn, 0 quá hạn, 0 chưa xong, 0 đang làm; phối hợp 1", table);
        Assert.Contains("3. <code>SYT</code> Sở Y tế — <b>0,00</b>", table);
        Assert.Contains("Σ nhiệm vụ chủ trì × 1,00 + Σ phần phối hợp × 0,30", table);
        var own = (await _bot.AskAsync(Head, "/emulation 2025-05", "Bảng thi đua")).Text!;
        Assert.Contains("<b>Sở Nội vụ</b>: hạng 1/3 trong khối", own);
        Assert.DoesNotContain("Sở Tư pháp", own);
    }

    [Fact]
    public async Task The_council_gets_an_xlsx_with_one_sheet_per_group_built_in_the_background()
    {
        var table = await _bot.AskAsync(Admin, "/emulation 2025-05", "Bảng thi đua");

        var file = await _bot.PressForAsync(Admin, table, "XLSX", "Bảng thi đua");

        Assert.Equal(("sendDocument", "thi-dua-2025-05.xlsx"), (file.Method, file.FileName));
        var acknowledgement = Assert.Single(_bot.Api.SentTo(Admin), m => m.Text == "⏳ Đang lập bảng thi đua tháng 5/2025…");
        Assert.True(acknowledgement.Sequence < file.Sequence);
        using var stream = new MemoryStream(file.FileContent!);
        Assert.Equal(["Sở, ban, ngành"], stream.GetSheetNames());
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(["SNV", "STP", "SYT"], rows.Select(r => r["Mã đơn vị"].ToString()));
        Assert.Equal(5m, Convert.ToDecimal(rows[0]["Điểm thi đua"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_locked_month_keeps_its_table_when_a_task_is_finished_afterwards()
    {
        var before = (await _bot.AskAsync(Admin, "/emulation 2025-05", "Bảng thi đua")).Text!;
        await _bot.AskAsync(Admin, "/period lock 2025-05", "Đã khóa kỳ");
        _bot.Clock.SetVietnamTime(new DateTime(2025, 6, 3, 9, 0, 0));
        await _bot.AskAsync(Head, "/done T-2 Xong muộn", "Đã ghi nhận hoàn thành");

        var after = (await _bot.AskAsync(Admin, "/emulation 2025-05", "Bảng thi đua")).Text!;
        var unlocked = (await _bot.AskAsync(Admin, "/emulation 2025-06", "Bảng thi đua")).Text!;

        Assert.Contains("🔒 đã khóa sổ", after);
        Assert.Contains("1 đúng hạn, 0 quá hạn, 1 chưa xong", after);
        Assert.Contains("1 đúng hạn, 0 quá hạn, 1 chưa xong", after);
        Assert.Equal(Lines(before, "<code>"), Lines(after, "<code>"));
        Assert.DoesNotContain("🔒", unlocked);
    }

    [Fact]
    public async Task The_year_adds_up_its_months()
    {
        var year = (await _bot.AskAsync(Admin, "/emulation 2025", "Bảng thi đua")).Text!;

        Assert.Contains("Bảng thi đua năm 2025", year);
        Assert.Contains("<code>SNV</code> Sở Nội vụ", year);
        // January to April without a report: −10 each; May +5; June's report not due yet.
        Assert.Contains("<code>SNV</code> Sở Nội vụ — <b>-35,00</b>: 2 nhiệm vụ đến hạn", year);
        Assert.Contains("<code>/emulation 2025-05</code>", (await _bot.AskAsync(Admin, "/emulation Q2/2025", "/emulation")).Text);
        Assert.Contains("Chỉ lãnh đạo", (await _bot.SayAsync(502, "/emulation")).Text);
    }

    /// <summary>Presses a button and waits for the bot's message to that chat that contains <paramref name="expect"/>.</summary>
    private static IReadOnlyList<string> Lines(string text, string marker) => [.. text.Split('\n').Where(l => l.Contains(marker, StringComparison.Ordinal))];
}
