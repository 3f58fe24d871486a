using Par.Bot.Handlers.Tasks;
using Par.Bot.Tests.Hosting;
using Par.Core.Broadcasts;
using Par.Core.Conversations;
using static Par.Bot.Tests.Broadcasts.BroadcastSteps;

namespace Par.Bot.Tests.Broadcasts;

/// <summary>A previewed broadcast waits for Send or Cancel while the admin does other things, for a day at most.</summary>
public sealed class BroadcastDraftTests : IAsyncLifetime
{
    private const long Admin = BotHarness.AdminId;
    private BotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotHarness.StartAsync();
        _bot.Seed("SNV", "department", Head(101));
        _bot.Seed("XA-A", "commune", Head(104));
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Send_works_after_other_commands_and_leaves_the_flow_begun_meanwhile()
    {
        var confirm = await ComposeAsync("Họp giao ban sáng thứ Hai");

        await _bot.SayNowAsync(Admin, "/units");
        await _bot.SayNowAsync(Admin, "/help");
        await _bot.SayNowAsync(Admin, "/tasks new");
        var report = await _bot.SendAndWaitForReportAsync(confirm);

        Assert.Contains("Bản nháp được giữ đến", confirm.Text);
        Assert.Contains("kể cả khi bạn dùng lệnh khác", confirm.Text);
        Assert.Contains("Đã gửi tới: 2/2", report.Text);
        Assert.All(new long[] { 101, 104 }, chat => Assert.Single(_bot.Api.SentTo(chat), m => m.Text == "Họp giao ban sáng thứ Hai"));
        Assert.Equal(NewTaskFlow.FlowName, _bot.Get<IConversationStore>().Find(Admin)?.Flow);
    }

    [Fact]
    public async Task A_draft_older_than_a_day_is_gone_and_sends_nothing()
    {
        var confirm = await ComposeAsync("Lịch trực lễ");

        _bot.Clock.Advance(TimeSpan.FromHours(24));
        var answer = await _bot.AnswerToAsync(Admin, confirm, "Gửi tới");

        Assert.Contains("Bản nháp này không còn", answer.Text);
        Assert.Contains("quá 24 giờ", answer.Text);
        Assert.Empty(_bot.Get<IBroadcastStore>().ListRecent(10));
        Assert.Empty(_bot.Api.SentTo(101));
    }

    [Fact]
    public async Task A_new_broadcast_says_it_replaces_the_unsent_draft_whose_send_then_does_nothing()
    {
        var confirm = await ComposeAsync("Bản cũ chưa gửi");

        var ask = await _bot.SayNowAsync(Admin, "/broadcast");
        var answer = await _bot.AnswerToAsync(Admin, confirm, "Gửi tới");

        Assert.StartsWith("Bản nháp thông báo chưa gửi “Bản cũ chưa gửi” đã được bỏ", ask.Text);
        Assert.Contains("Soạn thông báo", ask.Text);
        Assert.Contains("Bản nháp này không còn", answer.Text);
        Assert.Empty(_bot.Get<IBroadcastStore>().ListRecent(10));
    }

    [Fact]
    public async Task Cancel_typed_after_other_commands_drops_the_draft()
    {
        var confirm = await ComposeAsync("Sẽ hủy");

        await _bot.SayNowAsync(Admin, "/units");
        var cancelled = await _bot.SayNowAsync(Admin, "/cancel");
        var answer = await _bot.AnswerToAsync(Admin, confirm, "Gửi tới");

        Assert.Contains("Đã hủy", cancelled.Text);
        Assert.Contains("Bản nháp này không còn", answer.Text);
        Assert.Empty(_bot.Get<IBroadcastStore>().ListRecent(10));
    }

    private Task<Fakes.SentMessage> ComposeAsync(string text) =>
        _bot.ComposeAsync(() => _bot.SendFormatted(Admin, text), "Tất cả đơn vị", "Chỉ lãnh đạo");
}
