using Par.Core.Units;

namespace Par.Bot.Tests.Ranking;

public sealed class MergeTests : IAsyncLifetime
{
    private const long HeadA = 661;
    private const long HeadB = 662;
    private RankingBot _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await RankingBot.StartAsync();
        await _bot.AddUnitWithHeadAsync("XA-A", "Xã An Bình", HeadA, "commune");
        await _bot.AddUnitWithHeadAsync("XA-B", "Xã Bình Minh", HeadB, "commune");
        await _bot.AddUnitAsync("XA-C", "Xã Cẩm Phô", "commune");
        await _bot.AddUnitAsync("XA-D", "Xã Đông Hòa", "commune");
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_merged_unit_ranks_against_its_predecessors_combined_figures()
    {
        await _bot.ReportAsync("XA-A", "2025-03", "ONTIME=100/200 DISCLOSE=100");
        await _bot.ReportAsync("XA-B", "2025-03", "ONTIME=300/300 DISCLOSE=50");
        await _bot.ReportAsync("XA-C", "2025-03", "ONTIME=18/20 DISCLOSE=100");
        await _bot.ReportAsync("XA-D", "2025-03", "DISCLOSE=50");

        var merged = await _bot.SayAsync(RankingBot.Admin, "/units merge XA-N \"Xã Tân Hòa\" commune XA-A XA-B");
        var toldA = await _bot.Api.WaitForMessage(HeadA);
        var toldB = await _bot.Api.WaitForMessage(HeadB);

        Assert.Contains("Đã sáp nhập XA-A, XA-B thành XA-N Xã Tân Hòa (khối Xã, phường, đặc khu).", merged.Plain());
        Assert.Contains("2 thành viên đã chuyển sang đơn vị mới", merged.Plain());
        Assert.Contains("Đơn vị của bạn đã được sáp nhập vào Xã Tân Hòa (XA-N)", toldA.Plain());
        Assert.Equal(toldA.Text, toldB.Text);
        Assert.Equal(["XA-A", "XA-B"], _bot.Harness.Get<IUnitStore>().Find("XA-N")!.Predecessors);
        Assert.True(_bot.Harness.Get<IUnitStore>().Find("XA-A")!.Archived);

        var reported = await _bot.SayAsync(HeadB, "/report 2025-04 ONTIME=500/500 DISCLOSE=100");
        Assert.Contains("Đã lưu báo cáo Xã Tân Hòa kỳ tháng 4/2025", reported.Plain());
        await _bot.ReportAsync("XA-C", "2025-04", "DISCLOSE=100");
        await _bot.ReportAsync("XA-D", "2025-04", "DISCLOSE=50");

        // March as if merged: ONTIME 400/500 → 16 points, DISCLOSE (100 + 50) / 2 = 75 % → 13.5 points: 29.50, second after XA-C.
        var rank = (await _bot.SayAsync(HeadA, "/rank")).Plain();
        Assert.Contains("Xã Tân Hòa — kỳ tháng 4/2025: 38,00 điểm (Yếu), hạng 1/3 đơn vị đã báo cáo, khối có 3 (▲1 bậc, +8,50 điểm so với tháng 3/2025).", rank);
    }

    [Theory]
    [InlineData("/units merge XA-N \"Xã Tân Hòa\" commune XA-A XA-Z", "không có đơn vị XA-Z")]
    [InlineData("/units merge XA-C \"Xã Tân Hòa\" commune XA-A XA-B", "mã XA-C đã có đơn vị dùng")]
    [InlineData("/units merge XA-N \"Xã Tân Hòa\" province XA-A XA-B", "không có khối “province”")]
    [InlineData("/units merge XA-N \"Xã Tân Hòa\" commune XA-A XA-A", "đơn vị XA-A được nhập hai lần")]
    public async Task A_bad_merger_is_refused_and_changes_nothing(string command, string expected)
    {
        var reply = (await _bot.SayAsync(RankingBot.Admin, command)).Plain();

        Assert.Contains(expected, reply);
        Assert.Contains("Không có gì thay đổi", reply);
        Assert.False(_bot.Harness.Get<IUnitStore>().Find("XA-A")!.Archived);
        Assert.Null(_bot.Harness.Get<IUnitStore>().Find("XA-N"));
    }

    [Fact]
    public async Task Merge_without_enough_arguments_shows_the_usage_and_a_head_cannot_merge()
    {
        Assert.Contains("/units merge MÃ_MỚI", (await _bot.SayAsync(RankingBot.Admin, "/units merge XA-N")).Plain());
        Assert.Contains("Chỉ cán bộ Sở Nội vụ", (await _bot.SayAsync(HeadA, "/units merge XA-N \"X\" commune XA-A XA-B")).Plain());
        Assert.False(_bot.Harness.Get<IUnitStore>().Find("XA-A")!.Archived);
    }
}
