using Par.Core.Members;
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
        HeadAMessagesBefore = _bot.Api.SentTo(HeadA).Count;
        HeadBMessagesBefore = _bot.Api.SentTo(HeadB).Count;
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private IUnitStore Units => _bot.Harness.Get<IUnitStore>();

    private IMemberStore Members => _bot.Harness.Get<IMemberStore>();

    /// <summary>What the heads got while joining, before any merger.</summary>
    private int HeadAMessagesBefore { get; set; }

    private int HeadBMessagesBefore { get; set; }

    [Fact]
    public async Task A_merged_unit_ranks_against_its_predecessors_combined_figures()
    {
        await _bot.ReportAsync("XA-A", "2025-03", "ONTIME=100/200 DISCLOSE=100");
        await _bot.ReportAsync("XA-B", "2025-03", "ONTIME=300/300 DISCLOSE=50");
        await _bot.ReportAsync("XA-C", "2025-03", "ONTIME=18/20 DISCLOSE=100");
        await _bot.ReportAsync("XA-D", "2025-03", "DISCLOSE=50");

        var preview = await _bot.SayAsync(RankingBot.Admin, "/units merge XA-N \"Xã Tân Hòa\" commune XA-A XA-B");
        var merged = await _bot.PressAsync(RankingBot.Admin, preview, "Sáp nhập");
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

    [Fact]
    public async Task A_merge_shows_what_will_happen_and_changes_nothing_until_confirmed()
    {
        var preview = await _bot.SayAsync(RankingBot.Admin, "/units merge XA-N \"Xã Tân Hòa\" commune XA-A XA-B");

        Assert.Equal(
            """
            🔀 Sáp nhập đơn vị — xem trước
            Đơn vị mới: XA-N Xã Tân Hòa (khối Xã, phường, đặc khu)
            Các đơn vị sẽ ngừng hoạt động:
            • XA-A Xã An Bình — 1 thành viên
            • XA-B Xã Bình Minh — 1 thành viên
            2 thành viên sẽ chuyển sang đơn vị mới và được báo tin. Số liệu các kỳ trước của các đơn vị cũ được tính gộp cho đơn vị mới.
            Chưa có gì thay đổi. Bấm “Sáp nhập” để thực hiện, hoặc “Hủy”.
            """,
            preview.Plain());
        Assert.Equal(["✅ Sáp nhập", "Hủy"], preview.Buttons.Select(b => b.Text));
        Assert.Null(Units.Find("XA-N"));
        Assert.False(Units.Find("XA-A")!.Archived);
        Assert.Equal("XA-A", Members.Find(HeadA)!.UnitCode);
        await Task.Delay(300);
        Assert.Empty(_bot.Api.SentTo(HeadA).Skip(HeadAMessagesBefore));

        var merged = await _bot.PressAsync(RankingBot.Admin, preview, "Sáp nhập");
        var again = await _bot.PressForAnswerAsync(RankingBot.Admin, preview, preview.Buttons[0].CallbackData!);

        Assert.Equal(preview.MessageId, merged.MessageId);
        Assert.Contains("Đã sáp nhập XA-A, XA-B thành XA-N", merged.Plain());
        Assert.Empty(merged.Buttons);
        Assert.Contains("hết hiệu lực", again.Text);
        Assert.Equal("XA-N", Members.Find(HeadA)!.UnitCode);
        Assert.Contains("đã được sáp nhập", (await _bot.Api.WaitForMessage(HeadA)).Plain());
        Assert.Contains("đã được sáp nhập", (await _bot.Api.WaitForMessage(HeadB)).Plain());
        await Task.Delay(300);
        Assert.Single(_bot.Api.SentTo(HeadA).Skip(HeadAMessagesBefore));
        Assert.Single(_bot.Api.SentTo(HeadB).Skip(HeadBMessagesBefore));
    }

    [Fact]
    public async Task A_cancelled_merge_changes_nothing_and_tells_nobody()
    {
        var preview = await _bot.SayAsync(RankingBot.Admin, "/units merge XA-N \"Xã Tân Hòa\" commune XA-A XA-B");

        var cancelled = await _bot.PressAsync(RankingBot.Admin, preview, "Hủy");
        var confirmLater = await _bot.PressForAnswerAsync(RankingBot.Admin, preview, preview.Buttons[0].CallbackData!);

        Assert.Equal("Đã hủy sáp nhập. Không có gì thay đổi.", cancelled.Plain());
        Assert.Contains("hết hiệu lực", confirmLater.Text);
        Assert.Null(Units.Find("XA-N"));
        Assert.False(Units.Find("XA-B")!.Archived);
        Assert.Equal("XA-B", Members.Find(HeadB)!.UnitCode);
        Assert.Empty(_bot.Api.SentTo(HeadA).Skip(HeadAMessagesBefore));
        Assert.Empty(_bot.Api.SentTo(HeadB).Skip(HeadBMessagesBefore));
    }

    [Fact]
    public async Task A_merge_confirmed_after_the_units_changed_is_checked_again()
    {
        var preview = await _bot.SayAsync(RankingBot.Admin, "/units merge XA-N \"Xã Tân Hòa\" commune XA-A XA-B");
        // Meanwhile another admin archives one of the units (straight through the service: a command would end the preview).
        _bot.Harness.Get<UnitService>().Archive("XA-B");

        var refused = await _bot.PressAsync(RankingBot.Admin, preview, "Sáp nhập");

        Assert.Contains("đơn vị XA-B đã ngừng hoạt động", refused.Plain());
        Assert.Contains("Không có gì thay đổi", refused.Plain());
        Assert.Null(Units.Find("XA-N"));
        Assert.Equal("XA-A", Members.Find(HeadA)!.UnitCode);
        Assert.Empty(_bot.Api.SentTo(HeadA).Skip(HeadAMessagesBefore));
    }

    [Fact]
    public async Task Another_command_ends_the_preview_so_its_button_no_longer_merges()
    {
        var preview = await _bot.SayAsync(RankingBot.Admin, "/units merge XA-N \"Xã Tân Hòa\" commune XA-A XA-B");
        await _bot.SayAsync(RankingBot.Admin, "/units");

        var answer = await _bot.PressForAnswerAsync(RankingBot.Admin, preview, preview.Buttons[0].CallbackData!);

        Assert.Contains("hết hiệu lực", answer.Text);
        Assert.Null(Units.Find("XA-N"));
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
