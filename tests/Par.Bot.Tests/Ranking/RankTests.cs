namespace Par.Bot.Tests.Ranking;

public sealed class RankTests : IAsyncLifetime
{
    private const long Head = 631;
    private const long OtherHead = 632;
    private RankingBot _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await RankingBot.StartAsync();
        await _bot.AddUnitWithHeadAsync("SNV", "Sở Nội vụ", Head);
        await _bot.AddUnitWithHeadAsync("STP", "Sở Tư pháp", OtherHead);
        await _bot.AddUnitAsync("SYT", "Sở Y tế");
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Rank_shows_exact_score_place_change_average_weakest_and_references()
    {
        await _bot.ReportAsync("SNV", "2025-03", "ONTIME=400/500 DISCLOSE=100");
        await _bot.ReportAsync("STP", "2025-03", "ONTIME=500/500 DISCLOSE=100");
        await _bot.ReportAsync("SNV", "2025-04", "ONTIME=490/500 DISCLOSE=100 ONLINE=62,5% ERESULT=79,43");
        await _bot.ReportAsync("STP", "2025-04", "ONTIME=450/500 DISCLOSE=90");
        await _bot.SayAsync(RankingBot.Admin, "/reference 2025-Q2 ERESULT=70,81");

        var reply = (await _bot.SayAsync(Head, "/rank")).Plain();

        Assert.Contains("Sở Nội vụ — kỳ tháng 4/2025: 60,52 điểm (Trung bình), hạng 1/2 đơn vị đã báo cáo, khối có 3 (▲1 bậc, +26,52 điểm so với tháng 3/2025).", reply);
        Assert.Contains("Trung bình khối Sở, ban, ngành: 47,36 điểm.", reply);
        Assert.Contains("• Mức độ hài lòng: chưa báo cáo — mất 12,00 điểm", reply);
        Assert.Contains("• Số hóa hồ sơ: chưa báo cáo — mất 11,00 điểm", reply);
        Assert.DoesNotContain("(SATISFACTION)", reply);
        Assert.Contains("• Kết quả giải quyết được cấp dưới dạng điện tử: 79,43% — trung bình toàn quốc 70,81%", reply);
        Assert.Contains("Chưa báo cáo (tính 0 điểm): EPAY, FEEDBACK, SATISFACTION, DIGITIZE.", reply);
    }

    [Fact]
    public async Task One_indicator_scores_exactly_in_english_too()
    {
        await _bot.ReportAsync("SNV", "2025-04", "ONTIME=490/500");

        var reply = (await _bot.SayAsync(Head, "/rank SNV 2025-04", "en")).Plain();

        Assert.Contains("Sở Nội vụ — April 2025: 19.60 points (Weak), rank 1/1 units that reported, 3 in the group (no figures for March 2025 to compare with).", reply);
        Assert.Contains("• Disclosure: not reported — loses 18.00 points", reply);
    }

    [Fact]
    public async Task A_unit_that_has_not_reported_is_told_how_to_report()
    {
        await _bot.ReportAsync("STP", "2025-04", "DISCLOSE=100");

        var reply = (await _bot.SayAsync(Head, "/rank")).Plain();

        Assert.Contains("Sở Nội vụ chưa báo cáo kỳ tháng 4/2025", reply);
        Assert.Contains("/report 2025-04 ONTIME=490/500", reply);
    }

    [Fact]
    public async Task A_member_sees_only_their_unit_and_an_admin_any()
    {
        await _bot.ReportAsync("STP", "2025-04", "DISCLOSE=100");

        Assert.Contains("chỉ xem được điểm chi tiết của đơn vị mình", (await _bot.SayAsync(Head, "/rank STP")).Plain());
        Assert.Contains("Sở Tư pháp — kỳ tháng 4/2025: 18,00 điểm", (await _bot.SayAsync(RankingBot.Admin, "/rank STP")).Plain());
        Assert.Contains("/rank MÃ_ĐƠN_VỊ", (await _bot.SayAsync(RankingBot.Admin, "/rank")).Plain());
        Assert.Contains("Không tìm thấy đơn vị", (await _bot.SayAsync(RankingBot.Admin, "/rank NOPE")).Plain());
        Assert.Contains("mã mời", (await _bot.SayAsync(777, "/rank")).Plain());
    }

    [Fact]
    public async Task Rank_of_a_quarter_compares_with_the_previous_quarter()
    {
        await _bot.ReportAsync("SNV", "2025-Q1", "DISCLOSE=100");
        await _bot.ReportAsync("SNV", "2024-Q4", "DISCLOSE=50");

        var reply = (await _bot.SayAsync(Head, "/rank 2025-Q1")).Plain();

        Assert.Contains("kỳ quý I/2025: 18,00 điểm (Yếu), hạng 1/1 đơn vị đã báo cáo, khối có 3 (giữ nguyên hạng, +9,00 điểm so với quý IV/2024)", reply);
        Assert.DoesNotContain("tính từ báo cáo tháng", reply);
    }

    [Fact]
    public async Task A_quarter_with_only_its_months_is_ranked_on_them_and_says_so()
    {
        await _bot.ReportAsync("SNV", "2025-01", "ONTIME=90/100");
        await _bot.ReportAsync("SNV", "2025-03", "ONTIME=100/100 DISCLOSE=50");

        var reply = (await _bot.SayAsync(Head, "/rank 2025-Q1")).Plain();
        var english = (await _bot.SayAsync(Head, "/rank 2025-Q1", "en")).Plain();

        // ONTIME 190/200 → 19 points, DISCLOSE 50 % → 9 points.
        Assert.Contains("kỳ quý I/2025: 28,00 điểm (Yếu), hạng 1/1 đơn vị đã báo cáo, khối có 3", reply);
        Assert.Contains("ℹ️ Đơn vị chưa có báo cáo quý I/2025 nên số liệu được tính từ báo cáo tháng 1, 3/2025", reply);
        Assert.Contains("figures are derived from its reports for Jan, Mar 2025", english);
    }

    [Fact]
    public async Task The_change_in_place_is_hidden_when_the_unit_had_no_report_in_the_previous_period()
    {
        await _bot.ReportAsync("STP", "2025-03", "DISCLOSE=100");
        await _bot.ReportAsync("SNV", "2025-04", "DISCLOSE=100");
        await _bot.ReportAsync("STP", "2025-04", "DISCLOSE=50");

        var snv = (await _bot.SayAsync(Head, "/rank")).Plain();
        var stp = (await _bot.SayAsync(OtherHead, "/rank")).Plain();

        Assert.Contains("hạng 1/2 đơn vị đã báo cáo, khối có 3 (tháng 3/2025 chưa có số liệu để so sánh).", snv);
        Assert.Contains("hạng 2/2 đơn vị đã báo cáo, khối có 3 (▼1 bậc, -9,00 điểm so với tháng 3/2025).", stp);
    }
}
