using System.Text;
using Par.Bot.Tests.Broadcasts;
using Par.Bot.Tests.Hosting;
using Par.Bot.Tests.Ranking;

namespace Par.Bot.Tests.Units;

/// <summary>Groups are typed the way officials say them and shown by their configured names, never by their codes.</summary>
public sealed class GroupTests : IAsyncLifetime
{
    private const long Admin = RankingBot.Admin;
    private RankingBot _bot = null!;

    public async Task InitializeAsync() => _bot = await RankingBot.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Units_are_added_listed_and_merged_with_vietnamese_group_words()
    {
        var commune = (await _bot.SayAsync(Admin, "/units add XA-TP \"Xã Tân Phước\" xã")).Plain();
        var ward = (await _bot.SayAsync(Admin, "/units add P-BM \"Phường Bình Minh\" khối xã")).Plain();
        var department = (await _bot.SayAsync(Admin, "/units add SNV \"Sở Nội vụ\" Sở")).Plain();
        var list = (await _bot.SayAsync(Admin, "/units")).Plain();
        var preview = await _bot.SayAsync(Admin, "/units merge XA-N \"Xã Tân Hòa\" phuong XA-TP P-BM");
        var merged = (await _bot.PressAsync(Admin, preview, "Sáp nhập")).Plain();

        Assert.Contains("Đã lưu đơn vị XA-TP Xã Tân Phước (khối Xã, phường, đặc khu).", commune);
        Assert.Contains("(khối Xã, phường, đặc khu)", ward);
        Assert.Contains("Đã lưu đơn vị SNV Sở Nội vụ (khối Sở, ban, ngành).", department);
        Assert.Contains("Sở, ban, ngành\nSNV Sở Nội vụ", list);
        Assert.Contains("Xã, phường, đặc khu\nP-BM Phường Bình Minh", list);
        Assert.Contains("Đơn vị mới: XA-N Xã Tân Hòa (khối Xã, phường, đặc khu)", preview.Plain());
        Assert.Contains("thành XA-N Xã Tân Hòa (khối Xã, phường, đặc khu)", merged);
        Assert.All([commune, ward, department, list, preview.Plain(), merged], text => AssertNoGroupCode(text));
    }

    [Fact]
    public async Task An_unknown_group_is_quoted_and_answered_with_the_names_that_may_be_typed()
    {
        var reply = (await _bot.SayAsync(Admin, "/units add H-A \"Huyện A\" huyện")).Plain();

        Assert.Contains("không có khối “huyện”; chọn một trong: Sở, ban, ngành (sở, sở ngành, ban ngành, khối sở, …); Xã, phường, đặc khu (xã, phường, thị trấn, đặc khu, …)", reply);
        AssertNoGroupCode(reply);
    }

    [Fact]
    public async Task A_units_file_may_name_groups_in_vietnamese()
    {
        const string csv = "Mã đơn vị,Tên đơn vị,Khối\nP-BM,Phường Bình Minh,Phường\nXA-AB,Xã An Bình,khoi xa\nSTP,Sở Tư pháp,SỞ\nH-A,Huyện A,huyện\n";
        var report = (await _bot.Harness.ImportAsync(Admin, Encoding.UTF8.GetBytes(csv), "don-vi.csv")).Plain();
        var list = (await _bot.SayAsync(Admin, "/units")).Plain();

        Assert.Contains("thêm mới 3, cập nhật 0, từ chối 1", report);
        Assert.Contains("Dòng 5: không có khối “huyện”", report);
        Assert.Contains("Sở, ban, ngành\nSTP Sở Tư pháp", list);
        Assert.Contains("Xã, phường, đặc khu\nP-BM Phường Bình Minh — 0 thành viên\nXA-AB Xã An Bình", list);
    }

    [Fact]
    public async Task Top_takes_a_group_in_words_and_names_it_in_the_readers_language()
    {
        await _bot.AddUnitAsync("XA-AB", "Xã An Bình", "xã");
        await _bot.AddUnitAsync("P-BM", "Phường Bình Minh", "phường");
        await _bot.ReportAsync("XA-AB", "2025-04", "ONTIME=490/500 DISCLOSE=100");

        var board = (await _bot.SayAsync(Admin, "/top khối xã 2025-04")).Plain();
        var photo = await _bot.Api.WaitForMessage(Admin, m => m.Method == "sendPhoto");
        var english = (await _bot.SayAsync(Admin, "/top 2025-04 communes", language: "en")).Plain();
        await _bot.Api.WaitForMessage(Admin, m => m.Method == "sendPhoto");
        var usage = (await _bot.SayAsync(Admin, "/top tỉnh")).Plain();

        Assert.Contains("Bảng xếp hạng khối Xã, phường, đặc khu — tháng 4/2025", board);
        Assert.Contains("Xếp hạng khối Xã, phường, đặc khu — tháng 4/2025", photo.Plain());
        Assert.Contains("Leaderboard of Communes and wards — April 2025", english);
        Assert.Contains("Khối: Sở, ban, ngành (", usage);
        Assert.All([board, photo.Plain(), english, usage], text => AssertNoGroupCode(text));
    }

    [Fact]
    public async Task Broadcast_audience_and_task_form_buttons_show_group_names()
    {
        _bot.Harness.Seed("SNV", "department", BroadcastSteps.Head(701));
        _bot.Harness.Seed("XA-AB", "commune", BroadcastSteps.Head(702));

        await _bot.SayAsync(Admin, "/broadcast");
        var audience = await _bot.SayAsync(Admin, "Họp giao ban");
        var members = await _bot.PressAsync(Admin, audience, "Khối Xã, phường, đặc khu");
        var tasks = await _bot.SayAsync(Admin, "/tasks new");

        Assert.Contains("Khối Sở, ban, ngành", audience.Buttons.Select(b => b.Text));
        Assert.Contains("các đơn vị khối Xã, phường, đặc khu", members.Plain());
        Assert.Equal(["Sở, ban, ngành", "Xã, phường, đặc khu"], tasks.Buttons.Select(b => b.Text));
        Assert.All(audience.Buttons.Concat(tasks.Buttons), button => AssertNoGroupCode(button.Text));
    }

    private static void AssertNoGroupCode(string text)
    {
        Assert.DoesNotContain("department", text, StringComparison.Ordinal);
        Assert.DoesNotContain("commune", text, StringComparison.Ordinal);
    }
}
