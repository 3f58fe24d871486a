using System.Text;
using Par.Bot.Tests.Hosting;
using Par.Core.Units;

namespace Par.Bot.Tests.Onboarding;

public sealed class OnboardingTests : IAsyncLifetime
{
    private const long Head = 501;
    private const long Deputy = 502;
    private const long Stranger = 777;
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Admin_imports_units_from_csv_and_bad_rows_are_reported_by_number()
    {
        var csv = "code,name,group\nSNV,Sở Nội vụ,department\nXA-A,\"Xã A, huyện B\",commune\n1BAD,Tên,department\nSTP,Sở Tư pháp,district\n";
        var reply = await _bot.ImportAsync(BotHarness.AdminId, Encoding.UTF8.GetBytes(csv), "units.csv");

        Assert.Contains("thêm mới 2", reply.Text);
        Assert.Contains("từ chối 2", reply.Text);
        Assert.Contains("Dòng 4", reply.Text);
        Assert.Contains("Dòng 5", reply.Text);
        var units = _bot.Get<IUnitStore>().List();
        Assert.Equal(["SNV", "XA-A"], units.Select(u => u.Code));
        Assert.Equal("Xã A, huyện B", units[1].Name);
    }

    [Fact]
    public async Task Invited_head_joins_and_invites_a_deputy()
    {
        await AddUnitAsync("SNV", "Sở Nội vụ");

        var invite = await _bot.SayAsync(BotHarness.AdminId, "/invite SNV");
        var code = CodeIn(invite.Text!);
        Assert.Contains($"https://t.me/{_bot.Api.BotUsername}?start={code}", invite.Text);

        var joined = await _bot.SayAsync(Head, $"/start {code}");
        Assert.Contains("Sở Nội vụ", joined.Text);
        Assert.Contains("lãnh đạo đơn vị", joined.Text);

        var deputyInvite = await _bot.SayAsync(Head, "/invite");
        var deputyJoined = await _bot.SayAsync(Deputy, $"/start {CodeIn(deputyInvite.Text!)}", "en");
        Assert.Contains("deputy", deputyJoined.Text);

        var again = await _bot.SayAsync(Stranger, $"/start {code}");
        Assert.Contains("đã được người khác sử dụng", again.Text);
    }

    [Fact]
    public async Task Expired_invite_is_refused()
    {
        await AddUnitAsync("SNV", "Sở Nội vụ");
        var code = CodeIn((await _bot.SayAsync(BotHarness.AdminId, "/invite SNV")).Text!);

        _bot.Clock.Advance(TimeSpan.FromDays(8));
        var reply = await _bot.SayAsync(Head, $"/start {code}", "en");

        Assert.Contains("expired", reply.Text);
        Assert.Null(_bot.Get<Par.Core.Members.IMemberStore>().Find(Head)?.UnitCode);
    }

    [Fact]
    public async Task Stranger_is_told_how_to_get_an_invite_and_refused_admin_commands()
    {
        var welcome = await _bot.SayAsync(Stranger, "/start");
        Assert.Contains("mã mời", welcome.Text);

        var refused = await _bot.SayAsync(Stranger, "/units add EVIL \"Evil\" department", "en");
        Assert.Contains("Only officials", refused.Text);
        Assert.Null(_bot.Get<IUnitStore>().Find("EVIL"));
    }

    [Fact]
    public async Task Deputy_cannot_invite()
    {
        await AddUnitAsync("SNV", "Sở Nội vụ");
        var code = CodeIn((await _bot.SayAsync(BotHarness.AdminId, "/invite SNV")).Text!);
        await _bot.SayAsync(Head, $"/start {code}");
        var deputyCode = CodeIn((await _bot.SayAsync(Head, "/invite")).Text!);
        await _bot.SayAsync(Deputy, $"/start {deputyCode}");

        var refused = await _bot.SayAsync(Deputy, "/invite");

        Assert.Contains("Chỉ lãnh đạo đơn vị", refused.Text);
    }

    [Fact]
    public async Task Html_in_a_unit_name_is_escaped()
    {
        await AddUnitAsync("XSS", "<b>Sở</b> & <script>x</script>");

        var list = await _bot.SayAsync(BotHarness.AdminId, "/units");

        Assert.Contains("&lt;b&gt;Sở&lt;/b&gt; &amp; &lt;script&gt;", list.Text);
        Assert.DoesNotContain("<script>", list.Text);
    }

    [Fact]
    public async Task Language_follows_telegram_and_lang_command()
    {
        var en = await _bot.SayAsync(Stranger, "/help", "en");
        Assert.Contains("Commands you can use", en.Text);

        await _bot.SayAsync(Stranger, "/lang vi", "en");
        var vi = await _bot.SayAsync(Stranger, "/help", "en");
        Assert.Contains("Các lệnh bạn có thể dùng", vi.Text);
    }

    [Fact]
    public async Task Command_menus_are_set_per_language_at_start()
    {
        await _bot.SayAsync(Stranger, "/help");

        Assert.Contains(_bot.Api.CommandCalls, c => c.LanguageCode == "vi" && c.Commands.Any(b => b.Command == "start"));
        Assert.Contains(_bot.Api.CommandCalls, c => c.LanguageCode == "en" && c.Commands.Any(b => b.Description.Contains("invite code")));
    }

    [Fact]
    public async Task Invite_all_sends_a_sheet_for_units_without_a_head()
    {
        await AddUnitAsync("SNV", "Sở Nội vụ");
        await AddUnitAsync("STP", "=HYPERLINK('http://evil')");
        var code = CodeIn((await _bot.SayAsync(BotHarness.AdminId, "/invite SNV")).Text!);
        await _bot.SayAsync(Head, $"/start {code}");

        var sheet = await _bot.SayAsync(BotHarness.AdminId, "/invite all");

        Assert.Equal("sendDocument", sheet.Method);
        var rows = MiniExcelLibs.MiniExcel.Query(new MemoryStream(sheet.FileContent!), useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        var row = Assert.Single(rows);
        Assert.Equal("STP", row["unit"]);
        // A string cell holds the name as typed; no apostrophe shows (ExportTests checks no cell is a formula).
        Assert.Equal("=HYPERLINK('http://evil')", (string)row["name"]);
        var joined = await _bot.SayAsync(Deputy, $"/start {row["code"]}");
        Assert.Contains("lãnh đạo đơn vị", joined.Text);
    }

    private async Task AddUnitAsync(string code, string name)
    {
        var reply = await _bot.SayAsync(BotHarness.AdminId, $"/units add {code} \"{name}\" department");
        Assert.Contains("Đã lưu", reply.Text);
    }

    private static string CodeIn(string text) =>
        System.Text.RegularExpressions.Regex.Match(text, @"start=([A-Z0-9]{8})").Groups[1].Value;
}
