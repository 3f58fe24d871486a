using Par.Bot.Handlers.Broadcasts;
using Par.Bot.Tests.Fakes;
using Par.Bot.Tests.Hosting;
using Par.Bot.Tests.Ranking;
using Par.Core.Broadcasts;
using static Par.Bot.Tests.Broadcasts.BroadcastSteps;

namespace Par.Bot.Tests.Broadcasts;

/// <summary>A broadcast goes to chats, not units: merging its units while it is still sending changes nothing for it.</summary>
public sealed class BroadcastAcrossMergeTests : IAsyncLifetime
{
    private const long Admin = BotHarness.AdminId;
    private const long HeadA = 104;
    private const long HeadB = 106;
    private const string Announcement = "Rà soát thủ tục hành chính";
    private BotHarness _bot = null!;
    private volatile bool _holding = true;

    public async Task InitializeAsync()
    {
        _bot = await BotHarness.StartAsync();
        _bot.Seed("XA-A", "commune", Head(HeadA) with { Name = "Phạm Thị Dung" });
        _bot.Seed("XA-B", "commune", Head(HeadB) with { Name = "Đỗ Thị Giang" });
        // Telegram keeps asking to wait while the test merges, so the announcement's rows are still pending.
        _bot.Api.Faults = call => _holding && call.Method == "sendMessage" && call.ChatId is HeadA or HeadB ? FakeFault.TooManyRequests(1) : null;
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_merge_while_a_broadcast_is_pending_leaves_its_deliveries_and_acknowledgements_intact()
    {
        var id = BroadcastKeys.NewId();
        _bot.Get<BroadcastLauncher>().Launch(new BroadcastRequest
        {
            Id = id,
            AdminChatId = Admin,
            Html = Announcement,
            Summary = Announcement,
            Audience = new BroadcastAudience { Scope = AudienceScope.Group, Group = "commune" },
        });
        await Eventually.Until(() => _bot.Api.Calls.Any(c => c.ChatId is HeadA or HeadB), "a first try to send the announcement");

        var preview = await _bot.SayNowAsync(Admin, "/units merge XA-N \"Xã Tân Hòa\" commune XA-A XA-B");
        var merged = await _bot.PressForMessageAsync(Admin, preview, "Sáp nhập");
        Assert.Contains("Đã sáp nhập XA-A, XA-B thành XA-N", merged.Plain());
        Assert.Equal(2, _bot.Get<IBroadcastStore>().Progress(id).Pending);
        _holding = false;
        var report = await _bot.WaitForReportAsync();

        Assert.Contains("Đã gửi tới: 2/2", report.Plain());
        var toA = Assert.Single(_bot.Api.SentTo(HeadA), m => m.Text == Announcement);
        Assert.Single(_bot.Api.SentTo(HeadB), m => m.Text == Announcement);
        Assert.Single(_bot.Api.SentTo(HeadA), m => m.Plain().Contains("đã được sáp nhập", StringComparison.Ordinal));

        Assert.Contains("Đã ghi nhận", (await _bot.AnswerToAsync(HeadA, toA, "Đã nhận")).Text);
        var status = await _bot.SayNowAsync(Admin, "/broadcast status");
        Assert.Contains("đã gửi 2/2, đã xác nhận 1", status.Plain());
        var silent = await _bot.PressForMessageAsync(Admin, status, "Chưa xác nhận");
        Assert.Contains("• Đỗ Thị Giang — XA-N", silent.Plain());
        Assert.DoesNotContain("Phạm Thị Dung", silent.Plain());
    }
}
