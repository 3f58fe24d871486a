using Par.Bot.Tests.Hosting;

namespace Par.Bot.Tests.Ranking;

/// <summary>Periods typed the way a provincial office writes them, in every command that takes one.</summary>
public sealed class TypedPeriodTests : IAsyncLifetime
{
    /// <summary>Monday 16/11/2026 10:00 in Vietnam: October and the third quarter have closed.</summary>
    public static readonly DateTimeOffset MidNovember = new(2026, 11, 16, 10, 0, 0, TimeSpan.FromHours(7));

    private const long Head = 621;
    private RankingBot _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await RankingBot.StartAsync(now: MidNovember);
        await _bot.AddUnitWithHeadAsync("SNV", "Sở Nội vụ", Head);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("quý 3/2026", "2026-Q3", "quý III/2026")]
    [InlineData("quý III/2026", "2026-Q3", "quý III/2026")]
    [InlineData("Quy 3/2026", "2026-Q3", "quý III/2026")]
    [InlineData("QUÝ 3 / 2026", "2026-Q3", "quý III/2026")]
    [InlineData("Q3/2026", "2026-Q3", "quý III/2026")]
    [InlineData("2026-Q3", "2026-Q3", "quý III/2026")]
    [InlineData("tháng 10/2026", "2026-10", "tháng 10/2026")]
    [InlineData("tháng 10 năm 2026", "2026-10", "tháng 10/2026")]
    [InlineData("10/2026", "2026-10", "tháng 10/2026")]
    [InlineData("2026-10", "2026-10", "tháng 10/2026")]
    [InlineData("năm 2026", "2026", "năm 2026")]
    [InlineData("2026", "2026", "năm 2026")]
    public async Task A_head_reports_for_a_period_written_any_usual_way(string typed, string stored, string named)
    {
        var reply = await _bot.SayAsync(Head, $"/report {typed} DISCLOSE=100");

        Assert.Contains($"Đã lưu báo cáo Sở Nội vụ kỳ {named}", reply.Plain());
        Assert.Equal("DISCLOSE=100", _bot.Stored("SNV", stored));
    }

    [Fact]
    public async Task An_admin_names_the_unit_before_a_period_of_several_words()
    {
        await _bot.ReportAsync("SNV", "quý III / 2026", "DISCLOSE=90");

        Assert.Equal("DISCLOSE=90", _bot.Stored("SNV", "2026-Q3"));
    }

    [Theory]
    [InlineData("quý 5/2026", "quý 5/2026")]
    [InlineData("tháng 13/2026", "tháng 13/2026")]
    [InlineData("QUÝ 3 / 20266", "QUÝ 3 / 20266")]
    [InlineData("năm 1850", "năm 1850")]
    [InlineData("2026-13", "2026-13")]
    public async Task A_nonsense_period_is_refused_naming_every_accepted_form(string typed, string quoted)
    {
        var reply = await _bot.SayAsync(Head, $"/report {typed} DISCLOSE=100");

        var text = reply.Plain();
        Assert.Contains($"kỳ {quoted} không hợp lệ", text);
        Assert.Contains("viết tháng 10/2026, tháng 10/2026 hoặc 2026-10; quý quý 3/2026, quý III/2026, Q3/2026 hoặc 2026-Q3; năm năm 2026 hoặc 2026", text);
        Assert.Contains("Không có gì được lưu", text);
        Assert.Empty(_bot.Reports.PeriodsOf("SNV"));
    }

    [Theory]
    [InlineData("tháng 12/2026", "2026-12")]
    [InlineData("quý I/2027", "2027-Q1")]
    [InlineData("năm 2027", "2027")]
    public async Task A_period_that_has_not_started_is_refused_for_reports(string typed, string canonical)
    {
        var reply = await _bot.SayAsync(Head, $"/report {typed} DISCLOSE=100");

        Assert.Contains($"kỳ {canonical} chưa bắt đầu", reply.Plain());
        Assert.Empty(_bot.Reports.PeriodsOf("SNV"));
    }

    [Fact]
    public async Task Rank_top_lock_reference_and_export_read_the_same_periods()
    {
        await _bot.ReportAsync("SNV", "2026-Q3", "DISCLOSE=100");

        Assert.Contains("Sở Nội vụ — kỳ quý III/2026", (await _bot.SayAsync(Head, "/rank quý III/2026")).Plain());
        Assert.Contains("Sở Nội vụ — kỳ quý III/2026", (await _bot.SayAsync(RankingBot.Admin, "/rank SNV Q3 / 2026")).Plain());
        Assert.Contains("Bảng xếp hạng khối Sở, ban, ngành — quý III/2026", (await _bot.SayAsync(Head, "/top department quý 3/2026")).Plain());
        Assert.Contains("Đã khóa kỳ quý III/2026 (2026-Q3)", (await _bot.SayAsync(RankingBot.Admin, "/period lock quý III/2026")).Plain());
        Assert.Contains("Giá trị tham chiếu kỳ quý III/2026", (await _bot.SayAsync(RankingBot.Admin, "/reference Quý 3/2026 ERESULT=70,81")).Plain());
        Assert.Contains("Bảng điểm kỳ quý III/2026", (await _bot.Harness.ExportAsync(RankingBot.Admin, "quý 3 năm 2026")).Xlsx.Plain());
    }

    [Theory]
    [InlineData("/rank SNV quý 5/2026", "Kỳ quý 5/2026 không hợp lệ")]
    [InlineData("/top department tháng 13/2026", "Kỳ tháng 13/2026 không hợp lệ")]
    [InlineData("/period lock năm 1850", "Kỳ năm 1850 không hợp lệ")]
    [InlineData("/export Q7/2026", "Kỳ Q7/2026 không hợp lệ")]
    public async Task Other_commands_refuse_a_nonsense_period_the_same_way(string command, string expected)
    {
        var reply = await _bot.SayAsync(RankingBot.Admin, command);

        Assert.Contains(expected, reply.Plain());
        Assert.Contains("quý III/2026, Q3/2026 hoặc 2026-Q3", reply.Plain());
    }

    [Fact]
    public async Task The_guided_report_takes_a_typed_period_too()
    {
        var periods = await _bot.SayAsync(Head, "/report");

        var asked = await _bot.SayAsync(Head, "quý III/2026");

        Assert.Contains("vd tháng 10/2026 hoặc quý 3/2026", periods.Plain());
        Assert.Contains("Sở Nội vụ — quý III/2026", asked.Plain());
        Assert.Contains("(1/8)", asked.Plain());
    }

    [Fact]
    public async Task An_english_speaker_is_shown_the_forms_in_english()
    {
        var reply = await _bot.SayAsync(Head, "/report quý 5/2026 DISCLOSE=100", "en");

        Assert.Contains("period quý 5/2026 is not valid; write a month 10/2026 or 2026-10, a quarter Q3/2026 or 2026-Q3, or a year 2026", reply.Plain());
    }
}
