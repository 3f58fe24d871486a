using System.Text;
using Par.Bot.Tests.Hosting;

namespace Par.Bot.Tests.Ranking;

/// <summary>A locked period tells an admin how to unlock it, and a unit whom to ask.</summary>
public sealed class LockedPeriodTests : IAsyncLifetime
{
    private const long Head = 641;
    private RankingBot _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await RankingBot.StartAsync(now: TypedPeriodTests.MidNovember);
        await _bot.AddUnitWithHeadAsync("SNV", "Sở Nội vụ", Head);
        Assert.Contains("Đã khóa kỳ tháng 10/2026", (await _bot.SayAsync(RankingBot.Admin, "/period lock tháng 10/2026")).Plain());
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task An_admin_is_told_the_unlock_command_and_a_head_whom_to_ask()
    {
        var admin = (await _bot.SayAsync(RankingBot.Admin, "/report SNV tháng 10/2026 DISCLOSE=100")).Plain();
        var english = (await _bot.SayAsync(RankingBot.Admin, "/report SNV 2026-10 DISCLOSE=100", "en")).Plain();
        var head = (await _bot.SayAsync(Head, "/report tháng 10/2026 DISCLOSE=100")).Plain();

        Assert.Contains("kỳ 2026-10 đã khóa, không thể sửa số liệu; mở khóa bằng /period unlock 2026-10 rồi gửi lại", admin);
        Assert.DoesNotContain("Sở Nội vụ nếu", admin);
        Assert.Contains("unlock it with /period unlock 2026-10, then send again", english);
        Assert.DoesNotContain("Department of Home Affairs", english);
        Assert.Contains("liên hệ Sở Nội vụ nếu cần mở khóa", head);
        Assert.DoesNotContain("/period unlock", head);
        Assert.Equal("", _bot.Stored("SNV", "2026-10"));
    }

    [Fact]
    public async Task A_locked_period_button_tells_an_admin_how_to_unlock_it()
    {
        var adminPeriods = await _bot.SayAsync(RankingBot.Admin, "/report SNV");
        var headPeriods = await _bot.SayAsync(Head, "/report");

        var admin = await _bot.PressForAnswerAsync(RankingBot.Admin, adminPeriods, Locked(adminPeriods));
        var head = await _bot.PressForAnswerAsync(Head, headPeriods, Locked(headPeriods));

        Assert.Equal("Kỳ tháng 10/2026 đã khóa. Mở khóa: /period unlock 2026-10", admin.Text);
        Assert.Equal("Kỳ tháng 10/2026 đã khóa, không thể sửa số liệu.", head.Text);
    }

    [Fact]
    public async Task An_admins_report_file_row_for_a_locked_period_says_how_to_unlock_it()
    {
        var reply = (await _bot.Harness.ImportAsync(RankingBot.Admin, Encoding.UTF8.GetBytes("unit,period,DISCLOSE\nSNV,tháng 10/2026,100\nSNV,quý 3/2026,90\n"), "baocao.csv")).Plain();

        Assert.Contains("Dòng 2: kỳ 2026-10 đã khóa, không thể sửa số liệu; mở khóa bằng /period unlock 2026-10 rồi gửi lại", reply);
        Assert.Equal("DISCLOSE=90", _bot.Stored("SNV", "2026-Q3"));
    }

    private static string Locked(Fakes.SentMessage periods) => periods.Buttons.Single(b => b.Text == "🔒 Tháng 10/2026").CallbackData!;
}
