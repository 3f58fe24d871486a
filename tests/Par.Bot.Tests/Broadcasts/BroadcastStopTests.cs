using Par.Bot.Tests.Fakes;
using Par.Bot.Tests.Hosting;
using Par.Bot.Tests.Ranking;
using Par.Core.Broadcasts;
using static Par.Bot.Tests.Broadcasts.BroadcastSteps;

namespace Par.Bot.Tests.Broadcasts;

/// <summary>
/// An admin who sent the wrong announcement stops it from its progress message: whoever has not got it by then never
/// does, not even after a restart, and the report says how many were left out.
/// </summary>
public sealed class BroadcastStopTests : IAsyncLifetime
{
    private const long Admin = BotHarness.AdminId;
    private const string Announcement = "Họp giao ban lúc 14h (nhầm ngày)";
    private const int Recipients = 30;
    private BotHarness _bot = null!;

    // Four a second, three of them kept for replies: the broadcast goes one a second, slow enough to stop half way.
    public async Task InitializeAsync() =>
        _bot = await BotHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Sending:MessagesPerSecond"] = "4",
            ["Broadcast:ProgressIntervalSeconds"] = "1",
        });

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_stopped_broadcast_reaches_nobody_else_even_after_a_restart_and_its_report_counts_who_was_left_out()
    {
        var chats = Seed(Recipients);
        var progress = await LaunchAsync();
        var moving = await _bot.Api.WaitForMessage(Admin, m => m.MessageId == progress.MessageId && m.Buttons.Any(b => b.Text == "⛔ Dừng gửi"));

        var confirm = await _bot.PressForMessageAsync(Admin, moving, "Dừng gửi");
        var stopped = await _bot.PressForMessageAsync(Admin, confirm, "Dừng hẳn");
        var report = await _bot.Api.WaitForMessage(Admin, m => m.Text?.Contains("Đã dừng gửi thông báo") == true && m.MessageId == progress.MessageId);
        await _bot.RestartAsync();
        await _bot.SayNowAsync(Admin, "/help");

        Assert.Contains("người chưa nhận sẽ không nhận được. Không thể hoàn tác.", confirm.Plain());
        var delivered = chats.Count(chat => Copies(chat) == 1);
        Assert.All(chats, chat => Assert.InRange(Copies(chat), 0, 1));
        Assert.InRange(delivered, 1, Recipients - 10);
        var withdrawn = Recipients - delivered;
        Assert.Equal($"⛔ Đã dừng gửi thông báo số 1/2026: {withdrawn} người chưa nhận sẽ không nhận được.", stopped.Plain());
        Assert.Contains($"Đã gửi tới: {delivered}/{Recipients} người\nKhông gửi vì đã dừng: {withdrawn}", report.Plain());
        Assert.DoesNotContain(report.Buttons, b => b.Text.Contains("Dừng", StringComparison.Ordinal));
        var broadcast = Assert.Single(_bot.Get<IBroadcastStore>().ListRecent(5));
        Assert.Equal((withdrawn, Admin), (broadcast.Withdrawn, broadcast.StoppedBy));
    }

    [Fact]
    public async Task Keep_sending_leaves_the_broadcast_going_to_everyone()
    {
        var chats = Seed(6);
        var progress = await LaunchAsync();
        var moving = await _bot.Api.WaitForMessage(Admin, m => m.MessageId == progress.MessageId && m.Buttons.Any(b => b.Text == "⛔ Dừng gửi"));

        var confirm = await _bot.PressForMessageAsync(Admin, moving, "Dừng gửi");
        var kept = await _bot.PressForMessageAsync(Admin, confirm, "Tiếp tục gửi");
        await _bot.WaitForReportAsync(TimeSpan.FromSeconds(60));

        Assert.Equal("Vẫn tiếp tục gửi thông báo số 1/2026.", kept.Plain());
        Assert.All(chats, chat => Assert.Equal(1, Copies(chat)));
    }

    /// <summary>Units of a head and two deputies, <paramref name="count"/> people in all (a multiple of three).</summary>
    private List<long> Seed(int count)
    {
        var chats = Enumerable.Range(0, count).Select(i => 3000L + i).ToList();
        for (var u = 0; u < count / 3; u++)
            _bot.Seed($"XA-{u:00}", "commune", Head(chats[u * 3]), Deputy(chats[u * 3 + 1]), Deputy(chats[u * 3 + 2]));
        return chats;
    }

    private async Task<SentMessage> LaunchAsync() => (await _bot.LaunchToAllAsync(Announcement)).Progress;

    private int Copies(long chat) => _bot.Api.SentTo(chat).Count(m => m.Method == "sendMessage" && m.Text == Announcement);
}
