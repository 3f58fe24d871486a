using Par.Bot.Tests.Fakes;

namespace Par.Bot.Tests.Ranking;

public sealed class ReportFlowTests : IAsyncLifetime
{
    private const long Head = 611;
    private RankingBot _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await RankingBot.StartAsync();
        await _bot.AddUnitWithHeadAsync("SNV", "Sở Nội vụ", Head);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Guided_report_with_buttons_to_completion_survives_a_restart()
    {
        await _bot.ReportAsync("SNV", "2025-03", "ONLINE=40 EPAY=70");
        var periods = await _bot.SayAsync(Head, "/report");
        Assert.Contains("Chọn kỳ báo cáo", periods.Plain());
        Assert.Equal(["Tháng 5/2025", "Tháng 4/2025", "Tháng 3/2025", "Quý I/2025", "Hủy"], periods.Buttons.Select(b => b.Text));

        var disclose = await _bot.PressAsync(Head, periods, "Tháng 4/2025");
        Assert.Equal("editMessageText", disclose.Method);
        Assert.Contains("(1/8) Thủ tục hành chính được công khai đầy đủ, kịp thời (DISCLOSE)", disclose.Plain());
        Assert.Contains("mục tiêu 100%", disclose.Plain());

        var ontime = await _bot.SayAsync(Head, "100");
        Assert.Contains("(2/8) Hồ sơ được giải quyết trước hạn, đúng hạn", ontime.Plain());
        await _bot.Harness.RestartAsync();

        var online = await _bot.SayAsync(Head, "490/500");
        Assert.Contains("Kỳ trước: 40%", online.Plain());
        var epay = await _bot.PressAsync(Head, online, "Dùng số kỳ trước");
        Assert.Contains("(4/8)", epay.Text);
        var step = await _bot.PressAsync(Head, epay, "Bỏ qua");
        for (var i = 5; i <= 8; i++)
        {
            Assert.Contains($"({i}/8)", step.Text);
            step = await _bot.PressAsync(Head, step, "Bỏ qua");
        }

        var summary = step;
        Assert.Contains("Tóm tắt báo cáo", summary.Plain());
        Assert.Contains("Điểm dự kiến: 47,20 (Yếu)", summary.Plain());
        var saved = await _bot.PressAsync(Head, summary, "Xác nhận");
        Assert.Contains("Đã lưu báo cáo Sở Nội vụ kỳ tháng 4/2025", saved.Plain());
        Assert.Equal("DISCLOSE=100 ONLINE=40 ONTIME=490/500", _bot.Stored("SNV", "2025-04"));
        Assert.Empty(saved.Buttons);
    }

    [Fact]
    public async Task A_bad_typed_value_is_explained_and_asked_again()
    {
        var first = await _bot.SayAsync(Head, "/report 2025-04");
        Assert.Contains("(1/8)", first.Text);

        var refused = await _bot.SayAsync(Head, "101");
        Assert.Contains("101: tỉ lệ không được vượt quá 100%", refused.Plain());
        var again = await _bot.Api.WaitForMessage(Head);
        Assert.Contains("(1/8)", again.Text);

        var next = await _bot.SayAsync(Head, "99,5");
        Assert.Contains("(2/8)", next.Text);
        Assert.Equal("", _bot.Stored("SNV", "2025-04"));
    }

    [Fact]
    public async Task Edit_from_the_summary_changes_one_indicator_then_returns()
    {
        var step = await _bot.SayAsync(Head, "/report 2025-04");
        step = await _bot.SayAsync(Head, "90");
        for (var i = 2; i <= 8; i++)
        {
            step = await _bot.PressAsync(Head, step, "Bỏ qua");
        }

        var pick = await _bot.PressAsync(Head, step, "Sửa");
        Assert.Contains("Chọn chỉ số cần sửa", pick.Plain());
        Assert.Equal(["✏️ Công khai thủ tục", "Giải quyết đúng hạn"], pick.Buttons.Take(2).Select(b => b.Text));
        var disclose = await _bot.PressAsync(Head, pick, "Công khai thủ tục");
        Assert.Contains("Đã báo cáo kỳ này: 90%", disclose.Plain());
        var summary = await _bot.SayAsync(Head, "95");
        Assert.Contains("✏️ Công khai thủ tục: 95% → 17,10/18 điểm", summary.Plain());

        await _bot.PressAsync(Head, summary, "Xác nhận");
        Assert.Equal("DISCLOSE=95", _bot.Stored("SNV", "2025-04"));
    }

    [Fact]
    public async Task Locked_period_button_is_refused_and_cancel_stores_nothing()
    {
        await _bot.SayAsync(RankingBot.Admin, "/period lock 2025-03");
        var periods = await _bot.SayAsync(Head, "/report");
        var locked = periods.Buttons.Single(b => b.Text.Contains("Tháng 3/2025"));
        Assert.StartsWith("🔒", locked.Text);

        var answer = await _bot.PressForAnswerAsync(Head, periods, locked.CallbackData!);
        Assert.Contains("đã khóa", answer.Text);

        var first = await _bot.PressAsync(Head, periods, "Tháng 4/2025");
        await _bot.SayAsync(Head, "80");
        var cancelled = await _bot.SayAsync(Head, "/cancel");
        Assert.Contains("Đã hủy", cancelled.Plain());
        Assert.Equal("", _bot.Stored("SNV", "2025-04"));
        Assert.Contains("(1/8)", first.Text);
    }

    [Fact]
    public async Task A_button_of_an_earlier_report_has_expired()
    {
        var old = await _bot.SayAsync(Head, "/report");
        var fresh = await _bot.SayAsync(Head, "/report");

        var answer = await _bot.PressForAnswerAsync(Head, old, old.Buttons[1].CallbackData!);

        Assert.Equal("Nút này đã hết hiệu lực.", answer.Text);
        var stillThere = await _bot.PressAsync(Head, fresh, "Tháng 4/2025");
        Assert.Contains("(1/8)", stillThere.Text);
    }

    [Theory]
    [InlineData("tháng tư", "Kỳ tháng tư không hợp lệ")]
    [InlineData("2025-07", "kỳ 2025-07 chưa bắt đầu")]
    public async Task A_typed_period_is_checked_like_a_pressed_one(string typed, string expected)
    {
        await _bot.SayAsync(Head, "/report");

        var refused = await _bot.SayAsync(Head, typed);
        var again = await _bot.Api.WaitForMessage(Head);
        var first = await _bot.SayAsync(Head, "04/2025");

        Assert.Contains(expected, refused.Plain(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Chọn kỳ báo cáo", again.Plain());
        Assert.Contains("tháng 4/2025", first.Plain());
        Assert.Contains("(1/8)", first.Plain());
    }

    [Fact]
    public async Task A_stranger_cannot_start_a_guided_report()
    {
        SentMessage reply = await _bot.SayAsync(777, "/report");

        Assert.Contains("mã mời", reply.Plain());
    }
}
