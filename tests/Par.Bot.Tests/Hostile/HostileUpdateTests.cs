using System.Text;
using Par.Bot.Tests.Hosting;
using Par.Core.Units;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Par.Bot.Tests.Hostile;

/// <summary>Updates Par does not handle, and text meant to break it: the bot stays up, changes nothing and escapes everything.</summary>
public sealed class HostileUpdateTests : IAsyncLifetime
{
    private const long User = 4242;
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    public static TheoryData<string> UnhandledUpdates => new()
    {
        "edited_message", "channel_post", "sticker", "group_text", "callback_unknown", "callback_forged_prefix", "photo_without_caption", "callback_without_message",
    };

    [Theory]
    [MemberData(nameof(UnhandledUpdates))]
    public async Task Unhandled_update_changes_nothing_and_bot_still_answers(string kind)
    {
        await _bot.SayAsync(BotHarness.AdminId, "/units add SNV \"Sở Nội vụ\" department");
        var before = Snapshot();

        var update = _bot.Api.Enqueue(Build(kind));
        await _bot.Api.WaitUntilConfirmed(update.Id);

        await AssertStillHealthyAsync(before);
    }

    [Theory]
    [InlineData("<b>bold</b> <script>alert(1)</script> &amp; <a href=\"javascript:x\">x</a>")]
    [InlineData("*bold* _italic_ `code` [link](http://x) ~~strike~~ ||spoiler||")]
    [InlineData("مرحبا بالعالم \u202Eevil\u202C שלום")]
    [InlineData("👩‍👩‍👧‍👦🇻🇳 Xin chào 😀 \uD83D")]
    [InlineData("\0\u0001\u0007\u001b[31m")]
    public async Task Strange_text_is_answered_and_escaped(string text)
    {
        var before = Snapshot();

        var reply = await _bot.SayAsync(User, text);
        var command = await _bot.SayAsync(User, "/units add " + text);

        Assert.Contains("/help", reply.Text);
        Assert.Contains("quản trị", command.Text);
        await AssertStillHealthyAsync(before);
    }

    [Fact]
    public async Task Ten_thousand_characters_are_refused_politely()
    {
        var before = Snapshot();

        var reply = await _bot.SayAsync(BotHarness.AdminId, "/units add X \"" + new string('a', 10_000) + "\" department", "en");

        Assert.Contains("too long", reply.Text);
        await AssertStillHealthyAsync(before);
    }

    [Theory]
    [InlineData("/units add")]
    [InlineData("/units add SNV")]
    [InlineData("/units add SNV \"Sở\" department extra words")]
    [InlineData("/units archive")]
    [InlineData("/units archive NOPE")]
    [InlineData("/invite A B C")]
    [InlineData("/invite NOPE")]
    [InlineData("/lang fr")]
    [InlineData("/start TOOLONGCODE-🙂-<b>")]
    [InlineData("/nosuchcommand")]
    [InlineData("/")]
    [InlineData("/report 2025-13 ONTIME=1")]
    [InlineData("/report SNV 2025-04 ONTIME=600/500")]
    [InlineData("/report SNV 2025-04 ONTIME=5/0 DISCLOSE=-3")]
    [InlineData("/report SNV 2025-04 BOGUS=1 ONTIME=abc ONLINE=101%")]
    [InlineData("/report NOPE 2025-04 ONTIME=1/2")]
    [InlineData("/rank NOPE")]
    [InlineData("/rank SNV 1999-99 extra")]
    [InlineData("/top nogroup 2025-04")]
    [InlineData("/export 2099-Q9")]
    [InlineData("/reference 2025-Q1 X=")]
    [InlineData("/period lock")]
    [InlineData("/period explode 2025-04")]
    [InlineData("/done")]
    [InlineData("/done NOPE-1 <b>x</b>")]
    [InlineData("/tasks new")]
    [InlineData("/tasks new NOPE 2025-99-99 Việc")]
    [InlineData("/tasks new SNV 2020-01-01")]
    [InlineData("/overdue NOPE")]
    [InlineData("/units merge")]
    [InlineData("/units merge NEW \"Tên\" department NOPE")]
    [InlineData("/broadcast status extra words")]
    public async Task Wrong_arguments_get_a_clear_answer_and_change_nothing(string text)
    {
        await _bot.SayAsync(BotHarness.AdminId, "/units add SNV \"Sở Nội vụ\" department");
        var before = Snapshot();

        var reply = await _bot.SayAsync(BotHarness.AdminId, text);

        Assert.False(string.IsNullOrWhiteSpace(reply.Text));
        await AssertStillHealthyAsync(before);
    }

    [Theory]
    [InlineData("empty.csv", "")]
    [InlineData("blank.csv", "\n\n  \n")]
    [InlineData("garbage.csv", "\u0000\u0001\u0002PKgarbage\u0000\u00ff")]
    [InlineData("garbage.xlsx", "PK\u0003\u0004 not really a zip")]
    [InlineData("headers.csv", "foo,bar,baz\n1,2,3\n")]
    [InlineData("units.pdf", "%PDF-1.4 whatever")]
    [InlineData("numbers.csv", "1,2,3\n4,5,6\n")]
    public async Task Malformed_file_is_refused_and_stores_nothing(string fileName, string content)
    {
        var before = Snapshot();

        var reply = await _bot.ImportAsync(BotHarness.AdminId, Encoding.Latin1.GetBytes(content), fileName);

        Assert.Contains("Không", reply.Text);
        await AssertStillHealthyAsync(before);
    }

    [Fact]
    public async Task File_over_the_size_limit_is_refused_without_reading_it()
    {
        var before = Snapshot();
        var huge = Encoding.UTF8.GetBytes("code,name,group\n" + string.Concat(Enumerable.Repeat("SNV,Sở Nội vụ,department\n", 250_000)));

        var reply = await _bot.ImportAsync(BotHarness.AdminId, huge, "units.csv");

        Assert.Contains("quá lớn", reply.Text);
        await AssertStillHealthyAsync(before);
    }

    [Fact]
    public async Task Windows_1258_file_is_read_and_utf16_with_bom_too()
    {
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = "code,name,group\nSTP,Sở Tư pháp,department\n";

        await _bot.ImportAsync(BotHarness.AdminId, Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray(), "u16.csv");

        Assert.Equal("Sở Tư pháp", _bot.Get<IUnitStore>().Find("STP")?.Name);
    }

    /// <summary>What a rejected input must not change: units, memberships, reports, tasks, broadcasts.</summary>
    private (int Units, int Members, int Periods, int Tasks, int Broadcasts) Snapshot() =>
    (
        _bot.Get<IUnitStore>().List(includeArchived: true).Count,
        _bot.Get<Par.Core.Members.IMemberStore>().ListAll().Count(m => m.UnitCode is not null),
        _bot.Get<Par.Core.Reports.IReportStore>().Periods().Count,
        _bot.Get<Par.Core.Tasks.ITaskStore>().ListAll().Count,
        _bot.Get<Par.Core.Broadcasts.IBroadcastStore>().ListRecent(100).Count
    );

    private async Task AssertStillHealthyAsync((int, int, int, int, int) before)
    {
        _bot.Api.SendText(User, "/help");
        await _bot.Api.WaitForMessage(User, m => m.Text!.Contains("/start"));
        Assert.Equal(before, Snapshot());
        Assert.All(_bot.Api.AllSent, m => Assert.Equal("html", m.ParseMode, ignoreCase: true));
    }

    private static Update Build(string kind)
    {
        var user = new User { Id = User, FirstName = "<b>Evil</b>", LanguageCode = "vi" };
        var chat = new Chat { Id = User, Type = ChatType.Private };
        var message = new Message { Id = 77, Date = DateTime.UtcNow, Chat = chat, From = user, Text = "/units add EVIL \"Evil\" department" };
        return kind switch
        {
            "edited_message" => new Update { EditedMessage = message },
            "channel_post" => new Update { ChannelPost = new Message { Id = 5, Date = DateTime.UtcNow, Chat = new Chat { Id = -1001, Type = ChatType.Channel }, Text = "/help" } },
            "sticker" => new Update { Message = new Message { Id = 78, Date = DateTime.UtcNow, Chat = chat, From = user, Sticker = new Sticker { FileId = "s", FileUniqueId = "s", Type = StickerType.Regular, Width = 1, Height = 1 } } },
            "group_text" => new Update { Message = new Message { Id = 79, Date = DateTime.UtcNow, Chat = new Chat { Id = -500, Type = ChatType.Group }, From = user, Text = "hello everyone" } },
            "callback_unknown" => new Update { CallbackQuery = new CallbackQuery { Id = "cb1", From = user, ChatInstance = "x", Data = "nope:1", Message = message } },
            "callback_forged_prefix" => new Update { CallbackQuery = new CallbackQuery { Id = "cb2", From = user, ChatInstance = "x", Data = "<script>:\u0000" + new string('x', 200), Message = message } },
            "photo_without_caption" => new Update { Message = new Message { Id = 80, Date = DateTime.UtcNow, Chat = chat, From = user, Photo = [new PhotoSize { FileId = "p", FileUniqueId = "p", Width = 1, Height = 1 }] } },
            "callback_without_message" => new Update { CallbackQuery = new CallbackQuery { Id = "cb3", From = user, ChatInstance = "x", Data = "ack:1", InlineMessageId = "inline" } },
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }
}
