using Par.Bot.Tests.Fakes;
using Par.Bot.Tests.Hosting;
using Par.Core.Broadcasts;
using Par.Core.Members;
using static Par.Bot.Tests.Broadcasts.BroadcastSteps;

namespace Par.Bot.Tests.Broadcasts;

/// <summary>
/// Delivery under Telegram's limits and failures. These two run about four seconds each: forty recipients at fifteen
/// messages a second is about the smallest broadcast that shows the pacing over several one-second windows. The broadcast
/// starts as a script would, through BroadcastLauncher (BroadcastFlowTests cover the buttons, which at one message a
/// second to the admin's chat would add five seconds here).
/// </summary>
public sealed class BroadcastDeliveryTests : IAsyncLifetime
{
    private const long Admin = BotHarness.AdminId;
    private const int Limit = 15;
    private const string Announcement = "Họp giao ban trực tuyến lúc 14h";
    private static readonly string[] PacedMethods = ["sendMessage", "sendPhoto", "sendDocument", "editMessageText"];
    private BotHarness _bot = null!;

    public async Task InitializeAsync() =>
        _bot = await BotHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Sending:MessagesPerSecond"] = $"{Limit}",
            ["Sending:PerChatIntervalMs"] = "1000",
        });

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Every_reachable_recipient_gets_one_copy_despite_429_403_and_5xx_and_the_rate_stays_under_the_limit()
    {
        var recipients = SeedUnits(10, membersEach: 4);
        _bot.Seed("XA-CHAN", "commune", Head(2001) with { Unreachable = true });
        long[] blocking = [recipients[3], recipients[17], recipients[30]];
        _bot.Api.Faults = new Faults(blocking).Decide;

        var (broadcast, progress) = await LaunchAsync();
        Assert.Equal(40, broadcast.Recipients);
        Assert.Equal(1, broadcast.Skipped);
        // Someone asks the bot something mid-broadcast: the reply jumps the queue.
        var reply = await _bot.SayNowAsync(recipients[39], "/help");
        var report = await _bot.WaitForReportAsync();

        Assert.Equal(progress.MessageId, report.MessageId);
        Assert.Contains("Đã gửi tới: 37/40", report.Text);
        Assert.Contains("Đã chặn bot: 3", report.Text);
        Assert.Contains("Gửi lỗi: 0", report.Text);
        Assert.Contains("Bỏ qua (đã chặn bot từ trước): 1", report.Text);
        foreach (var chat in recipients)
            Assert.Equal(blocking.Contains(chat) ? 0 : 1, Copies(chat));
        Assert.Equal(0, Copies(2001));
        Assert.All(blocking, chat => Assert.True(_bot.Get<IMemberStore>().Find(chat)!.Unreachable));
        Assert.True(reply.Sequence < _bot.Api.AllSent.Where(IsAnnouncement).Max(m => m.Sequence), "the reply waited for the broadcast");
        AssertPaced();
    }

    [Fact]
    public async Task A_restart_in_the_middle_finishes_without_losing_or_repeating_anyone()
    {
        var recipients = SeedUnits(10, membersEach: 4);
        var (_, progress) = await LaunchAsync();
        await _bot.Api.WaitForMessage(recipients[9], IsAnnouncement);

        await _bot.StopHostAsync();
        var beforeRestart = _bot.Api.AllSent.Count(IsAnnouncement);
        Assert.InRange(beforeRestart, 10, recipients.Count - 10);
        await _bot.StartHostAsync();
        var report = await _bot.WaitForReportAsync();

        Assert.Contains("Đã gửi tới: 40/40", report.Text);
        Assert.Equal(progress.MessageId, report.MessageId);
        Assert.All(recipients, chat => Assert.Equal(1, Copies(chat)));
        AssertPaced();
    }

    /// <summary>To everyone, editing an earlier message of the admin's with the progress.</summary>
    private Task<(Broadcast Broadcast, SentMessage Progress)> LaunchAsync() => _bot.LaunchToAllAsync(Announcement);

    /// <summary>Units XA-00…, each with a head and deputies; returns every member's chat, in the order they are sent to.</summary>
    private List<long> SeedUnits(int units, int membersEach)
    {
        var chats = new List<long>();
        for (var u = 0; u < units; u++)
        {
            var ids = Enumerable.Range(0, membersEach).Select(i => 1000L + u * membersEach + i).ToList();
            _bot.Seed($"XA-{u:00}", "commune", [Head(ids[0]), .. ids.Skip(1).Select(id => Deputy(id))]);
            chats.AddRange(ids);
        }
        return chats;
    }

    private int Copies(long chat) => _bot.Api.SentTo(chat).Count(IsAnnouncement);

    private static bool IsAnnouncement(SentMessage message) => message.Method == "sendMessage" && message.Text == Announcement;

    /// <summary>Every request that sends or edits, failed ones included, as Telegram would count them: no second holds more than the limit.</summary>
    private void AssertPaced()
    {
        var times = _bot.Api.Calls.Where(c => PacedMethods.Contains(c.Method)).Select(c => c.At).Order().ToList();
        for (var i = 0; i < times.Count; i++)
        {
            var inWindow = times.Skip(i).TakeWhile(t => t - times[i] < TimeSpan.FromSeconds(1)).Count();
            Assert.True(inWindow <= Limit, $"{inWindow} sends in the second from {times[i]:HH:mm:ss.fff}");
        }
    }

    /// <summary>403 for the chats that blocked the bot, one 429 retry_after 1, and a 500 on every seventh send (once per chat).</summary>
    private sealed class Faults(long[] blocking)
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<long, bool> _hadServerError = new();
        private int _sends;

        public FakeFault? Decide(FakeCall call)
        {
            if (call.Method != "sendMessage" || call.ChatId is not { } chat || chat == Admin)
                return null;
            if (blocking.Contains(chat))
                return FakeFault.BlockedByUser();
            var n = Interlocked.Increment(ref _sends);
            if (n == 6)
                return FakeFault.TooManyRequests(1);
            return n % 7 == 0 && _hadServerError.TryAdd(chat, true) ? FakeFault.InternalServerError() : null;
        }
    }
}
