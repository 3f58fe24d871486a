using Par.Core.References;

namespace Par.Bot.Tests.Ranking;

public sealed class ReferenceAndRoleTests : IAsyncLifetime
{
    private const long Head = 671;
    private const long Deputy = 672;
    private RankingBot _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await RankingBot.StartAsync();
        await _bot.AddUnitWithHeadAsync("SNV", "Sở Nội vụ", Head);
        await _bot.AddDeputyAsync(Head, Deputy);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Admin_records_and_lists_references_and_a_bad_value_records_nothing()
    {
        var saved = (await _bot.SayAsync(RankingBot.Admin, "/reference 2025-Q1 ERESULT=70,81 DIGITIZE=68.24")).Plain();
        var refused = (await _bot.SayAsync(RankingBot.Admin, "/reference 2025-Q1 ERESULT=80 ONLINE=101")).Plain();
        var listed = (await _bot.SayAsync(RankingBot.Admin, "/reference 2025-Q1")).Plain();

        Assert.Contains("• Kết quả giải quyết được cấp dưới dạng điện tử (ERESULT): 70,81%", saved);
        Assert.Contains("ONLINE=101: tỉ lệ không được vượt quá 100%", refused);
        Assert.Contains("Không có gì được lưu", refused);
        Assert.Contains("• Hồ sơ được số hóa (DIGITIZE): 68,24%", listed);
        Assert.Equal(70.81m, _bot.Harness.Get<IReferenceStore>().Find(RankingBot.P("2025-Q1"))!.Rates["ERESULT"]);
    }

    [Fact]
    public async Task A_deputy_reports_and_sees_the_rank_but_cannot_lock_record_references_or_export()
    {
        Assert.Contains("Đã lưu", (await _bot.SayAsync(Deputy, "/report 2025-04 DISCLOSE=100")).Plain());
        Assert.Contains("Sở Nội vụ — kỳ tháng 4/2025: 18,00 điểm", (await _bot.SayAsync(Deputy, "/rank")).Plain());

        foreach (var command in new[] { "/period lock 2025-04", "/reference 2025-04 ERESULT=1", "/export 2025-04" })
        {
            Assert.Contains("Chỉ cán bộ Sở Nội vụ", (await _bot.SayAsync(Deputy, command)).Plain());
        }

        Assert.Null(_bot.Harness.Get<IReferenceStore>().Find(RankingBot.P("2025-04")));
        Assert.Contains("Chưa có kỳ nào bị khóa", (await _bot.SayAsync(RankingBot.Admin, "/period")).Plain());
    }
}
