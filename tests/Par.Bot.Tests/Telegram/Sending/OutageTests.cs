using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Par.Bot.Handlers.Broadcasts;
using Par.Bot.Tests.Fakes;
using Par.Bot.Tests.Hosting;
using Par.Core.Broadcasts;
using Par.Core.Outbox;
using static Par.Bot.Tests.Broadcasts.BroadcastSteps;

namespace Par.Bot.Tests.Telegram.Sending;

/// <summary>
/// What a real server meets: the Bot API out of reach or failing half its requests while replies and a broadcast
/// wait. Time is the test's: the clock moves in steps of a second or more and the host's waits follow it, so a minute
/// of outage passes in about a second, however long the back-off.
/// </summary>
public sealed class OutageTests : IAsyncLifetime
{
    private const string Announcement = "Lịch tiếp công dân tuần tới";
    /// <summary>A Wednesday at 10:00 in Vietnam, away from every reminder's schedule.</summary>
    private static readonly DateTimeOffset Start = new(2025, 6, 11, 10, 0, 0, TimeSpan.FromHours(7));
    private static readonly long[] Askers = [.. Enumerable.Range(100, 100).Select(i => (long)i)];
    private readonly TestClock _clock = new(Start, timersFollowAdvance: true);
    private readonly LogCapture _logs = new();
    private BotHarness _bot = null!;

    public async Task InitializeAsync() =>
        _bot = await BotHarness.StartAsync(
            new Dictionary<string, string?> { ["Sending:MessagesPerSecond"] = "100", ["Sending:ReplyLifetimeHours"] = "1" },
            _clock,
            services => services.AddSingleton<ILoggerProvider>(_logs));

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Sixty_seconds_of_refused_connections_lose_and_repeat_no_reply_and_no_broadcast_message()
    {
        var recipients = SeedRecipients(100);
        var outage = new Outage(_clock, TimeSpan.FromSeconds(60));
        _bot.Api.Faults = outage.Decide;

        foreach (var asker in Askers)
            _bot.Api.SendText(asker, "/help");
        var broadcast = Launch();
        await PassTimeUntil(() => outage.Over && AllAnswered() && AllDelivered(recipients) && Reported(), TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10));

        Assert.All(Askers, asker => Assert.Single(_bot.Api.SentTo(asker), m => m.Method == "sendMessage"));
        Assert.All(recipients, chat => Assert.Single(_bot.Api.SentTo(chat), IsAnnouncement));
        Assert.All(_bot.Get<IOutboxStore>().ListByBroadcast(broadcast.Id), row => Assert.Equal(OutboxStatus.Sent, row.Status));
        var report = Assert.Single(_bot.Api.SentTo(BotHarness.AdminId), m => m.Text!.Contains("Đã gửi xong"));
        Assert.Contains("Đã gửi tới: 100/100", report.Text);
        Assert.Contains("Gửi lỗi: 0", report.Text);
        // The gateway paused and probed instead of trying each of the 200 messages again and again.
        Assert.InRange(outage.RefusedSends, 2, 60);
    }

    [Fact]
    public async Task Half_of_the_sends_failing_with_5xx_lose_and_repeat_nothing()
    {
        var recipients = SeedRecipients(100);
        var coin = new Random(20250611);
        _bot.Api.Faults = call =>
        {
            if (call.Method != "sendMessage")
                return null;
            lock (coin)
                return coin.Next(2) == 0 ? FakeFault.InternalServerError() : null;
        };

        foreach (var asker in Askers)
            _bot.Api.SendText(asker, "/help");
        Launch();
        await PassTimeUntil(() => AllAnswered() && AllDelivered(recipients) && Reported(), TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(30));

        Assert.All(Askers, asker => Assert.Single(_bot.Api.SentTo(asker), m => m.Method == "sendMessage"));
        Assert.All(recipients, chat => Assert.Single(_bot.Api.SentTo(chat), IsAnnouncement));
        var report = Assert.Single(_bot.Api.SentTo(BotHarness.AdminId), m => m.Text!.Contains("Đã gửi xong"));
        Assert.Contains("Đã gửi tới: 100/100", report.Text);
        Assert.Contains("Gửi lỗi: 0", report.Text);
    }

    [Fact]
    public async Task Reply_not_delivered_within_its_lifetime_is_dropped_with_a_warning_while_a_reminder_waits_for_delivery()
    {
        const long Asker = 77, Reminded = 78;
        var outage = new Outage(_clock, TimeSpan.FromHours(2));
        _bot.Api.Faults = outage.Decide;

        _bot.Api.SendText(Asker, "/help");
        await Eventually.Until(() => outage.RefusedSends > 0, "the first send refused");
        _bot.Get<IOutbox>().Send([new OutgoingMessage { ChatId = Reminded, Text = "Nhắc: báo cáo tháng", Priority = Priority.Reminder }]);
        await PassTimeUntil(() => outage.Over && _bot.Api.SentTo(Reminded).Count > 0, TimeSpan.FromSeconds(30), TimeSpan.FromHours(3));

        Assert.Empty(_bot.Api.SentTo(Asker));
        Assert.Equal("Nhắc: báo cáo tháng", Assert.Single(_bot.Api.SentTo(Reminded)).Text);
        Assert.Single(_logs.Lines, line => line.Level == LogLevel.Warning && line.Message.Contains($"to chat {Asker} dropped", StringComparison.Ordinal));
    }

    /// <summary>Moves the clock a step at a time, giving the host a moment at each, until <paramref name="done"/> holds.</summary>
    private async Task PassTimeUntil(Func<bool> done, TimeSpan step, TimeSpan budget)
    {
        for (var passed = TimeSpan.Zero; !done() && passed < budget; passed += step)
        {
            _clock.Advance(step);
            await Task.Delay(15);
        }
        await Eventually.Until(done, $"everything delivered within {budget.TotalMinutes:0} minutes of the clock", TimeSpan.FromSeconds(10));
    }

    /// <summary>Recipients in units of ten, each unit a head and nine deputies.</summary>
    private List<long> SeedRecipients(int count)
    {
        var chats = Enumerable.Range(3000, count).Select(i => (long)i).ToList();
        foreach (var unit in chats.Chunk(10))
            _bot.Seed($"XA-{unit[0]}", "commune", [Head(unit[0]), .. unit.Skip(1).Select(id => Deputy(id))]);
        return chats;
    }

    private Broadcast Launch() =>
        _bot.Get<BroadcastLauncher>().Launch(new BroadcastRequest
        {
            Id = BroadcastKeys.NewId(),
            AdminChatId = BotHarness.AdminId,
            Html = Announcement,
            Summary = Announcement,
            Audience = new BroadcastAudience { Scope = AudienceScope.All },
        })!;

    private bool AllAnswered() => Askers.All(asker => _bot.Api.SentTo(asker).Count > 0);

    private bool AllDelivered(List<long> recipients) => recipients.All(chat => _bot.Api.SentTo(chat).Any(IsAnnouncement));

    private bool Reported() => _bot.Api.SentTo(BotHarness.AdminId).Any(m => m.Text?.Contains("Đã gửi xong") == true);

    private static bool IsAnnouncement(SentMessage message) => message.Method == "sendMessage" && message.Text == Announcement;

    /// <summary>Every request refused as if the Bot API's host were down, from the first send on for <paramref name="length"/> of the clock's time.</summary>
    private sealed class Outage(TimeProvider clock, TimeSpan length)
    {
        private readonly Lock _gate = new();
        private DateTimeOffset? _began;
        private int _refusedSends;

        public int RefusedSends => Volatile.Read(ref _refusedSends);

        public bool Over
        {
            get { lock (_gate) return _began is { } began && clock.GetUtcNow() >= began + length; }
        }

        public FakeFault? Decide(FakeCall call)
        {
            var sends = call.Method is "sendMessage" or "editMessageText";
            lock (_gate)
            {
                if (_began is null && sends)
                    _began = clock.GetUtcNow();
                if (_began is not { } began || clock.GetUtcNow() >= began + length)
                    return null;
            }
            if (sends)
                Interlocked.Increment(ref _refusedSends);
            return FakeFault.ConnectionRefused();
        }
    }
}
