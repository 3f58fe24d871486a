using System.Text;
using MiniExcelLibs;
using Par.Bot.Tests.Hosting;
using Par.Core.Members;
using Par.Core.Units;
using static Par.Bot.Tests.Broadcasts.BroadcastSteps;

namespace Par.Bot.Tests.Hostile;

/// <summary>
/// Names typed with NUL, BEL, ESC and bidi overrides: stored and shown without them, in lists, buttons, notices and
/// exported files alike.
/// </summary>
public sealed class TypedControlCharacterTests : IAsyncLifetime
{
    private const string Typed = "Xã\0 An\a Bình\u001b[2J\u202Enib\u202C";
    private const string Clean = "Xã An Bình[2Jnib";
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_unit_named_with_control_and_bidi_characters_shows_clean_in_the_list_the_buttons_and_the_exports()
    {
        var saved = await _bot.SayAsync(BotHarness.AdminId, $"/units add XA-E \"{Typed}\" commune");

        var list = await _bot.SayAsync(BotHarness.AdminId, "/units");
        await _bot.SayAsync(BotHarness.AdminId, "/broadcast");
        var audience = await _bot.SayAsync(BotHarness.AdminId, "Họp giao ban");
        var picker = await _bot.PressForMessageAsync(BotHarness.AdminId, audience, "Chọn từng đơn vị");
        var (xlsx, csv) = await _bot.ExportAsync(BotHarness.AdminId, "2025-04");

        Assert.Equal(Clean, _bot.Get<IUnitStore>().Find("XA-E")!.Name);
        AssertShowsClean(saved.Text!);
        AssertShowsClean(list.Text!);
        Assert.Contains(picker.Buttons, b => b.Text == $"XA-E · {Clean}");
        var row = Assert.Single(new MemoryStream(xlsx.FileContent!).Query(useHeaderRow: true).Cast<IDictionary<string, object?>>());
        Assert.Equal(Clean, (string?)row["Tên đơn vị"]);
        AssertShowsClean(Encoding.UTF8.GetString(csv.FileContent!));
    }

    [Fact]
    public async Task Names_from_a_units_file_are_stored_clean()
    {
        // With a byte-order mark the file is read as text whatever control characters it holds.
        var file = $"\uFEFFcode,name,group\nXA-E,\"{Typed.Replace("\0", "")}\",commune\nSTC,\"Sở\u0007 Tài\u2067 chính\u0085\",department\n";

        await _bot.ImportAsync(BotHarness.AdminId, Encoding.UTF8.GetBytes(file), "units.csv");

        // Compared ordinally: xUnit compares collections of strings by culture, which ignores control characters.
        Assert.Equal(["Sở Tài chính", Clean], _bot.Get<IUnitStore>().List().OrderBy(u => u.Code, StringComparer.Ordinal).Select(u => u.Name), StringComparer.Ordinal);
    }

    [Fact]
    public async Task A_member_whose_telegram_name_holds_an_override_is_listed_and_quoted_clean()
    {
        await _bot.SayAsync(BotHarness.AdminId, "/units add SNV \"Sở Nội vụ\" department");
        var invite = await _bot.SayAsync(BotHarness.AdminId, "/invite SNV");
        var code = System.Text.RegularExpressions.Regex.Match(invite.Text!, @"start=([A-Z0-9]{8})").Groups[1].Value;

        _bot.Api.SendText(501, $"/start {code}", "vi", "Minh\u202E\u0007 Anh\u001b");
        await _bot.Api.WaitForMessage(501);
        var members = await _bot.SayAsync(501, "/members");

        Assert.Equal("Minh Anh", _bot.Get<IMemberStore>().Find(501)!.Name);
        Assert.Contains("Minh Anh", members.Text);
        AssertShowsClean(members.Text!);
    }

    private static void AssertShowsClean(string text)
    {
        if (text.Contains("Xã", StringComparison.Ordinal))
            Assert.Contains(Clean, text);
        Assert.DoesNotContain(text, c => char.IsControl(c) && c is not '\n' and not '\r' || c is '\u202E' or '\u202C' or '\u2067');
    }
}
