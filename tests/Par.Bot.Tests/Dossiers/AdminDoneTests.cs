using Par.Bot.Tests.Hosting;
using Par.Core.Dossiers;

namespace Par.Bot.Tests.Dossiers;

/// <summary>Admins act on any unit: <c>/done UNIT CODE</c> marks a unit's dossier the way the unit's own <c>/done CODE</c> does.</summary>
public sealed class AdminDoneTests : IAsyncLifetime
{
    private const long Head = 541;
    private const long OtherHead = 542;

    // At Monday 19/05/2025 07:00 both dossiers are overdue.
    private const string File =
        "Mã hồ sơ,Tên thủ tục,Ngày tiếp nhận,Ngày hẹn trả,Trạng thái,Ngày kết thúc\n" +
        "HS-001,Cấp giấy phép xây dựng,01/05/2025 08:00,16/05/2025 17:00,Đang xử lý,\n" +
        "HS-002,Đăng ký kinh doanh,01/05/2025,15/05/2025,Đang xử lý,\n";

    private BotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await Province.StartAsync();
        await _bot.AddUnitAsync("SNV", "Sở Nội vụ");
        await _bot.AddUnitAsync("STP", "Sở Tư pháp");
        await _bot.JoinAsHeadAsync(Head, "SNV");
        await _bot.JoinAsHeadAsync(OtherHead, "STP");
        await _bot.SendFileAsync(Head, File);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task An_admin_marks_a_units_dossier_and_the_unit_sees_it_settled()
    {
        var done = await _bot.SayAsync(BotHarness.AdminId, "/done snv hs-001");
        var again = await _bot.SayAsync(Head, "/done HS-001");
        var overdue = await _bot.SayAsync(Head, "/overdue");

        Assert.Contains("Đã đánh dấu hồ sơ <code>HS-001</code> (Cấp giấy phép xây dựng) giải quyết xong lúc 07:", done.Text);
        Assert.Contains("đã giải quyết xong từ trước", again.Text);
        Assert.DoesNotContain("HS-001", overdue.Text);
        Assert.Contains("HS-002", overdue.Text);
        Assert.Equal(DossierStatus.Done, _bot.Get<IDossierStore>().Find("SNV", "HS-001")!.Status);
    }

    [Theory]
    [InlineData("/done HS-001", "Ghi rõ đơn vị của hồ sơ: <code>/done MÃ_ĐƠN_VỊ MÃ_HỒ_SƠ</code>")]
    [InlineData("/done", "Ghi rõ đơn vị của hồ sơ: <code>/done MÃ_ĐƠN_VỊ MÃ_HỒ_SƠ</code>")]
    [InlineData("/done NOPE HS-001", "Không tìm thấy đơn vị <code>NOPE</code>")]
    [InlineData("/done STP HS-001", "Không tìm thấy hồ sơ <code>HS-001</code>")]
    public async Task An_admin_who_names_no_unit_or_the_wrong_one_changes_nothing(string command, string expected)
    {
        var reply = await _bot.SayAsync(BotHarness.AdminId, command);

        Assert.Contains(expected, reply.Text);
        Assert.Equal(2, _bot.Get<IDossierStore>().ListOpen("SNV").Count);
    }

    [Fact]
    public async Task An_admin_who_marks_a_closed_dossier_is_told_so()
    {
        await _bot.SayAsync(Head, "/done HS-002");

        var again = await _bot.SayAsync(BotHarness.AdminId, "/done SNV HS-002", "en");

        Assert.Contains("HS-002", again.Text);
        Assert.Contains("already", again.Text);
    }

    [Fact]
    public async Task A_member_still_marks_only_their_own_units_dossiers()
    {
        var other = await _bot.SayAsync(OtherHead, "/done SNV HS-001");
        var own = await _bot.SayAsync(Head, "/done HS-001 đã trả kết quả");

        Assert.Contains("Không tìm thấy hồ sơ <code>SNV</code>", other.Text);
        Assert.Contains("Đã đánh dấu hồ sơ <code>HS-001</code>", own.Text);
    }

    [Fact]
    public async Task An_admins_help_lists_the_forms_that_name_a_unit()
    {
        var vi = await _bot.SayAsync(BotHarness.AdminId, "/help");
        var en = await _bot.SayAsync(BotHarness.AdminId, "/help", "en");
        var head = await _bot.SayAsync(Head, "/help");

        Assert.Contains("/done MÃ_ĐƠN_VỊ MÃ_HỒ_SƠ — đánh dấu hồ sơ, nhiệm vụ đã xong", vi.Text);
        Assert.Contains("/report MÃ_ĐƠN_VỊ … — báo cáo chỉ số của kỳ", vi.Text);
        Assert.Contains("/done UNIT CODE — mark a dossier or task finished", en.Text);
        Assert.Contains("/report UNIT … — report the period's indicators", en.Text);
        Assert.Contains("/done — đánh dấu hồ sơ, nhiệm vụ đã xong", head.Text);
        Assert.DoesNotContain("MÃ_ĐƠN_VỊ", head.Text);
        var menu = _bot.Api.CommandCalls.Where(c => c.Commands.Any(b => b.Command == "broadcast")).ToList();
        Assert.NotEmpty(menu);
        Assert.All(menu, call => Assert.Contains(call.Commands, b => b.Command == "done"));
        Assert.All(menu, call => Assert.Contains(call.Commands, b => b.Command == "report"));
    }
}
