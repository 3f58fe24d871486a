using Par.Bot.Tests.Fakes;

namespace Par.Bot.Tests.Ranking;

public sealed class ReportFlowTests : IAsyncLifetime
{
    private const long Head = 611;
    private RankingBot bot = null!;

    public async Task InitializeAsync()
    {
        bot = await RankingBot.StartAsync();
        await bot.AddUnitWithHeadAsync("SNV", "Sở Nội vụ", Head);
    }

    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task Guided_report_with_buttons_to_completion_survives_a_restart()
    {
        await bot.ReportAsync("SNV", "2025-03", "ONLINE=40 EPAY=70");
        var periods = await bot.SayAsync(Head, "/report");
        Assert.Contains("Chọn kỳ báo cáo", periods.Plain());
        Assert.Equal(["Tháng 5/2025", "Tháng 4/2025", "Tháng 3/2025", "Quý I/2025", "Hủy"], periods.Buttons.Select(b => b.Text));

        var disclose = await bot.PressAsync(Head, periods, "Tháng 4/2025");
        Assert.Equal("editMessageText", disclose.Method);
        Assert.Contains("(1/8) Thủ tục hành chính được công khai đầy đủ, kịp thời (DISCLOSE)", disclose.Plain());
        Assert.Contains("mục tiêu 100 %", disclose.Plain());

        var ontime = await bot.SayAsync(Head, "100");
        Assert.Contains("(2/8) Hồ sơ được giải quyết trước hạn, đúng hạn", ontime.Plain());
        await bot.Harness.RestartAsync();

        var online = await bot.SayAsync(Head, "490/500");
        Assert.Contains("Kỳ trước: 40 %", online.Plain());
        var epay = await bot.PressAsync(Head, online, "Dùng số kỳ trước");
        Assert.Contains("(4/8)", epay.Text);
        var step = await bot.PressAsync(Head, epay, "Bỏ qua");
        for (var i = 5; i <= 8; i++)
        {
            Assert.Contains($"({i}/8)", step.Text);
            step = await bot.PressAsync(Head, step, "Bỏ qua");
        }

        var summary = step;
        Assert.Contains("Tóm tắt báo cáo", summary.Plain());
        Assert.Contains("Điểm dự kiến: 47,20 (yếu)", summary.Plain());
        var saved = await bot.PressAsync(Head, summary, "Xác nhận");
        Assert.Contains("Đã lưu báo cáo Sở Nội vụ kỳ tháng 4/2025", saved.Plain());
        Assert.Equal("DISCLOSE=100 ONLINE=40 ONTIME=490/500", bot.Stored("SNV", "2025-04"));
        Assert.Empty(saved.Buttons);
    }

    [Fact]
    public async Task A_bad_typed_value_is_explained_and_asked_again()
    {
        var first = await bot.SayAsync(Head, "/report 2025-04");
        Assert.Contains("(1/8)", first.Text);

        var refused = await bot.SayAsync(Head, "101");
        Assert.Contains("101: tỉ lệ không được vượt quá 100 %", refused.Plain());
        var again = await bot.Api.WaitForMessage(Head);
        Assert.Contains("(1/8)", again.Text);

        var next = await bot.SayAsync(Head, "99,5");
        Assert.Contains("(2/8)", next.Text);
        Assert.Equal("", bot.Stored("SNV", "2025-04"));
    }

    [Fact]
    public async Task Edit_from_the_summary_changes_one_indicator_then_returns()
    {
        var step = await bot.SayAsync(Head, "/report 2025-04");
        step = await bot.SayAsync(Head, "90");
        for (var i = 2; i <= 8; i++)
        {
            step = await bot.PressAsync(Head, step, "Bỏ qua");
        }

        var pick = await bot.PressAsync(Head, step, "Sửa");
        Assert.Contains("Chọn chỉ số cần sửa", pick.Plain());
        Assert.Equal(["✏️ Công khai thủ tục", "Giải quyết đúng hạn"], pick.Buttons.Take(2).Select(b => b.Text));
        var disclose = await bot.PressAsync(Head, pick, "Công khai thủ tục");
        Assert.Contains("Đã báo cáo kỳ này: 90 %", disclose.Plain());
        var summary = await bot.SayAsync(Head, "95");
        Assert.Contains("✏️ Công khai thủ tục: 95 % → 17,10/18 điểm", summary.Plain());

        await bot.PressAsync(Head, summary, "Xác nhận");
        Assert.Equal("DISCLOSE=95", bot.Stored("SNV", "2025-04"));
    }

    [Fact]
    public async Task Locked_period_button_is_refused_and_cancel_stores_nothing()
    {
        await bot.SayAsync(RankingBot.Admin, "/period lock 2025-03");
        var periods = await bot.SayAsync(Head, "/report");
        var locked = periods.Buttons.Single(b => b.Text.Contains("Tháng 3/2025"));
        Assert.StartsWith("🔒", locked.Text);

        var answer = await bot.PressForAnswerAsync(Head, periods, locked.CallbackData!);
        Assert.Contains("đã khóa", answer.Text);

        var first = await bot.PressAsync(Head, periods, "Tháng 4/2025");
        await bot.SayAsync(Head, "80");
        var cancelled = await bot.SayAsync(Head, "/cancel");
        Assert.Contains("Đã hủy", cancelled.Plain());
        Assert.Equal("", bot.Stored("SNV", "2025-04"));
        Assert.Contains("(1/8)", first.Text);
    }

    [Fact]
    public async Task A_button_of_an_earlier_report_has_expired()
    {
        var old = await bot.SayAsync(Head, "/report");
        var fresh = await bot.SayAsync(Head, "/report");

        var answer = await bot.PressForAnswerAsync(Head, old, old.Buttons[1].CallbackData!);

        Assert.Equal("Nút này đã hết hiệu lực.", answer.Text);
        var stillThere = await bot.PressAsync(Head, fresh, "Tháng 4/2025");
        Assert.Contains("(1/8)", stillThere.Text);
    }

    [Theory]
    [InlineData("tháng tư", "Kỳ tháng tư không hợp lệ")]
    [InlineData("2025-07", "kỳ 2025-07 chưa bắt đầu")]
    public async Task A_typed_period_is_checked_like_a_pressed_one(string typed, string expected)
    {
        await bot.SayAsync(Head, "/report");

        var refused = await bot.SayAsync(Head, typed);
        var again = await bot.Api.WaitForMessage(Head);
        var first = await bot.SayAsync(Head, "04/2025");

        Assert.Contains(expected, refused.Plain(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Chọn kỳ báo cáo", again.Plain());
        Assert.Contains("tháng 4/2025", first.Plain());
        Assert.Contains("(1/8)", first.Plain());
    }

    [Fact]
    public async Task A_stranger_cannot_start_a_guided_report()
    {
        SentMessage reply = await bot.SayAsync(777, "/report");

        Assert.Contains("mã mời", reply.Plain());
    }
}
