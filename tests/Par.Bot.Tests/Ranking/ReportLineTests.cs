using System.Text;
using Par.Bot.Tests.Hosting;
using Par.Core.Reports;

namespace Par.Bot.Tests.Ranking;

public sealed class ReportLineTests : IAsyncLifetime
{
    private const long Head = 601;
    private const long Deputy = 602;
    private const long OtherHead = 603;
    private const long Stranger = 777;
    private RankingBot _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await RankingBot.StartAsync();
        await _bot.AddUnitWithHeadAsync("SNV", "Sở Nội vụ", Head);
        await _bot.AddUnitWithHeadAsync("STP", "Sở Tư pháp", OtherHead);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Head_reports_in_one_line_and_sees_what_changed_and_the_score()
    {
        var reply = await _bot.SayAsync(Head, "/report 2025-04 ONTIME=490/500 DISCLOSE=100 ONLINE=62,5%");

        Assert.Contains("Đã lưu báo cáo Sở Nội vụ kỳ tháng 4/2025", reply.Plain());
        Assert.Contains("• ONTIME: 490/500 (98%)", reply.Plain());
        Assert.Contains("Điểm kỳ này: 49,60 (Yếu).", reply.Plain());
        Assert.Contains("Chưa báo cáo (tính 0 điểm): EPAY, FEEDBACK, SATISFACTION, ERESULT, DIGITIZE.", reply.Plain());
        Assert.Equal("DISCLOSE=100 ONLINE=62.5 ONTIME=490/500", _bot.Stored("SNV", "2025-04"));
    }

    [Fact]
    public async Task A_partial_correction_keeps_the_other_values_and_shows_old_and_new()
    {
        await _bot.AddDeputyAsync(Head, Deputy);
        await _bot.SayAsync(Head, "/report 2025-04 ONTIME=490/500 DISCLOSE=100");

        var reply = await _bot.SayAsync(Deputy, "/report 2025-04 DISCLOSE=95", "en");

        Assert.Contains("• DISCLOSE: 100% → 95%", reply.Plain());
        Assert.Equal("DISCLOSE=95 ONTIME=490/500", _bot.Stored("SNV", "2025-04"));
        var history = _bot.Reports.History("SNV", RankingBot.P("2025-04"));
        Assert.Equal(
            ["ONTIME by 601: → 490/500", "DISCLOSE by 601: → 100", "DISCLOSE by 602: 100 → 95"],
            history.Select(c => $"{c.Code} by {c.ChangedBy}: {(c.Old is null ? "" : ValueText.Format(c.Old) + " ")}→ {ValueText.Format(c.New)}"));
    }

    [Fact]
    public async Task The_head_hears_when_a_deputy_changes_the_report_with_the_score_change_and_nobody_else_does()
    {
        await _bot.AddDeputyAsync(Head, Deputy);
        await _bot.SayAsync(Head, "/report 2025-04 ONTIME=490/500 DISCLOSE=100");
        var mark = _bot.Api.AllSent.Count;

        await _bot.SayAsync(Deputy, "/report 2025-04 DISCLOSE=95", "en");
        var notice = await _bot.Api.WaitForMessage(Head);

        Assert.Equal("📝 Cấp phó User 602 vừa sửa báo cáo tháng 4/2025 của Sở Nội vụ (1 giá trị): điểm 37,60 → 36,70. Xem: /rank.", notice.Plain());
        Assert.Equal([Head, Deputy], _bot.Api.ChatsMessagedSince(mark));
        var unchanged = _bot.Api.AllSent.Count;
        await _bot.SayAsync(Deputy, "/report 2025-04 DISCLOSE=95", "en");
        Assert.Equal([Deputy], _bot.Api.ChatsMessagedSince(unchanged));
    }

    [Fact]
    public async Task The_head_hears_when_a_deputy_changes_the_report_by_file_too_and_nobody_else_does()
    {
        await _bot.AddDeputyAsync(Head, Deputy);
        await _bot.SayAsync(Head, "/report 2025-04 ONTIME=490/500 DISCLOSE=100");
        var mark = _bot.Api.AllSent.Count;

        await _bot.Harness.ImportAllAsync(Deputy, Encoding.UTF8.GetBytes("unit,period,DISCLOSE\nSNV,2025-04,95\n"), "bao-cao.csv");
        var notice = await _bot.Api.WaitForMessage(Head);

        Assert.Equal("📝 Cấp phó User 602 vừa sửa báo cáo tháng 4/2025 của Sở Nội vụ (1 giá trị): điểm 37,60 → 36,70. Xem: /rank.", notice.Plain());
        Assert.Equal([Head, Deputy], _bot.Api.ChatsMessagedSince(mark));
        Assert.Equal("DISCLOSE=95 ONTIME=490/500", _bot.Stored("SNV", "2025-04"));
    }

    [Fact]
    public async Task Without_a_period_the_last_closed_month_is_reported()
    {
        var reply = await _bot.SayAsync(Head, "/report DISCLOSE=90");

        Assert.Contains("tháng 4/2025", reply.Plain());
        Assert.Equal("DISCLOSE=90", _bot.Stored("SNV", "2025-04"));
    }

    [Theory]
    [InlineData("ONTIME=490/500 DISCLOSE=abc", "DISCLOSE=abc: không phải là số")]
    [InlineData("ONTIME=490/500 DISCLOSE=-5", "DISCLOSE=-5: không được là số âm")]
    [InlineData("ONTIME=490/500 ONLINE=120%", "ONLINE=120%: tỉ lệ không được vượt quá 100%")]
    [InlineData("ONTIME=510/500 DISCLOSE=100", "ONTIME=510/500: tử số lớn hơn mẫu số")]
    [InlineData("ONTIME=5/0 DISCLOSE=100", "ONTIME=5/0: mẫu số bằng 0")]
    [InlineData("ONTIME=490/500 SPEED=100", "SPEED=100: không có chỉ số này")]
    public async Task A_bad_value_is_named_exactly_and_nothing_is_stored(string values, string expected)
    {
        var reply = await _bot.SayAsync(Head, $"/report 2025-04 {values}");

        Assert.Contains(expected, reply.Plain());
        Assert.Contains("Không có gì được lưu", reply.Plain());
        Assert.Equal("", _bot.Stored("SNV", "2025-04"));
    }

    [Fact]
    public async Task A_bad_value_is_explained_in_english_too()
    {
        var reply = await _bot.SayAsync(Head, "/report 2025-04 ONTIME=510/500", "en");

        Assert.Contains("ONTIME=510/500: the numerator is larger than the denominator", reply.Plain());
        Assert.Contains("Nothing was saved", reply.Text);
    }

    [Fact]
    public async Task A_locked_period_is_refused_until_unlocked()
    {
        Assert.Contains("Đã khóa kỳ tháng 4/2025", (await _bot.SayAsync(RankingBot.Admin, "/period lock 2025-04")).Plain());

        var refused = await _bot.SayAsync(Head, "/report 2025-04 DISCLOSE=100");
        Assert.Contains("kỳ 2025-04 đã khóa, không thể sửa số liệu", refused.Plain());
        Assert.Equal("", _bot.Stored("SNV", "2025-04"));

        Assert.Contains("Đã mở khóa", (await _bot.SayAsync(RankingBot.Admin, "/period unlock 2025-04")).Plain());
        Assert.Contains("Đã lưu", (await _bot.SayAsync(Head, "/report 2025-04 DISCLOSE=100")).Plain());
    }

    [Fact]
    public async Task Only_admins_lock_periods()
    {
        var refused = await _bot.SayAsync(Head, "/period lock 2025-04");

        Assert.Contains("Chỉ cán bộ Sở Nội vụ", refused.Plain());
        Assert.Contains("Chưa có kỳ nào bị khóa", (await _bot.SayAsync(RankingBot.Admin, "/period")).Plain());
    }

    [Fact]
    public async Task A_head_cannot_report_for_another_unit_but_an_admin_can()
    {
        var refused = await _bot.SayAsync(Head, "/report STP 2025-04 DISCLOSE=100");
        Assert.Contains("bạn chỉ được báo cáo cho đơn vị của mình, không phải STP", refused.Plain());
        Assert.Equal("", _bot.Stored("STP", "2025-04"));

        await _bot.ReportAsync("STP", "2025-04", "DISCLOSE=100");
        Assert.Equal("DISCLOSE=100", _bot.Stored("STP", "2025-04"));
    }

    [Fact]
    public async Task A_stranger_is_refused()
    {
        var refused = await _bot.SayAsync(Stranger, "/report 2025-04 DISCLOSE=100");

        Assert.Contains("mã mời", refused.Plain());
        Assert.Equal("", _bot.Stored("SNV", "2025-04"));
    }

    [Theory]
    [InlineData("/report 2025-13 DISCLOSE=100", "kỳ 2025-13 không hợp lệ")]
    [InlineData("/report 2025-06 DISCLOSE=100", "kỳ 2025-06 chưa bắt đầu")]
    public async Task A_bad_or_future_period_is_refused(string command, string expected)
    {
        var reply = await _bot.SayAsync(Head, command);

        Assert.Contains(expected, reply.Plain());
        Assert.Empty(_bot.Reports.PeriodsOf("SNV"));
    }
}
