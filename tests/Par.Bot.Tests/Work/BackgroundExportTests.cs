using Par.Bot.Tests.Hosting;
using Par.Bot.Tests.Ranking;
using Par.Bot.Work;
using Par.Core.Members;
using Par.Core.Outbox;
using Par.Core.Work;

namespace Par.Bot.Tests.Work;

/// <summary>
/// /export and the /top chart are built off the update loop like imports: acknowledged at once, answered once, built
/// again after a crash cut them short, and reported (not retried for ever) when they were cut short twice.
/// </summary>
public sealed class BackgroundExportTests : IAsyncLifetime
{
    private const long Admin = RankingBot.Admin;
    private RankingBot _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await RankingBot.StartAsync();
        await _bot.AddUnitAsync("SNV", "Sở Nội vụ");
        await _bot.ReportAsync("SNV", "2025-04", "ONTIME=98");
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task An_export_is_acknowledged_before_its_documents_and_the_acknowledgement_says_when_they_are_ready()
    {
        var acknowledgement = await _bot.SayAsync(Admin, "/export 2025-04");
        var xlsx = await _bot.Api.WaitForMessage(Admin, m => m.Method == "sendDocument");
        var csv = await _bot.Api.WaitForMessage(Admin, m => m.Method == "sendDocument");
        var ready = await _bot.Api.WaitForMessage(Admin, m => m.Method == "editMessageText" && m.MessageId == acknowledgement.MessageId);

        Assert.Equal("⏳ Đang lập bảng điểm kỳ tháng 4/2025…", acknowledgement.Plain());
        Assert.Equal(("par-2025-04.xlsx", "par-2025-04.csv"), (xlsx.FileName, csv.FileName));
        Assert.Equal("✅ Đã xử lý xong yêu cầu xuất bảng điểm kỳ tháng 4/2025; kết quả ở tin nhắn dưới.", ready.Plain());
    }

    [Fact]
    public async Task An_export_without_any_unit_says_so_sends_no_file_and_does_not_promise_one()
    {
        await using var empty = await BotHarness.StartAsync();

        var acknowledgement = await empty.SayAsync(Admin, "/export 2024-01");
        var answer = await empty.Api.WaitForMessage(Admin, m => m.Method != "editMessageText");
        var done = await empty.Api.WaitForMessage(Admin, m => m.MessageId == acknowledgement.MessageId && m.Method == "editMessageText");

        Assert.StartsWith("⏳", acknowledgement.Text);
        Assert.Equal("Chưa có đơn vị nào để xuất bảng điểm kỳ tháng 1/2024.", answer.Plain());
        Assert.Equal("✅ Đã xử lý xong yêu cầu xuất bảng điểm kỳ tháng 1/2024; kết quả ở tin nhắn dưới.", done.Text);
        Assert.DoesNotContain(empty.Api.SentTo(Admin), m => m.Method == "sendDocument");
    }

    [Fact]
    public async Task A_leaderboard_comes_at_once_and_its_chart_follows_without_editing_it()
    {
        var board = await _bot.SayAsync(Admin, "/top department 2025-04");
        var photo = await _bot.Api.WaitForMessage(Admin);

        Assert.StartsWith("Bảng xếp hạng khối Sở, ban, ngành — tháng 4/2025", board.Plain());
        Assert.Equal("sendPhoto", photo.Method);
        Assert.DoesNotContain(_bot.Api.SentTo(Admin), m => m.Method == "editMessageText" && m.MessageId == board.MessageId);
    }

    [Fact]
    public async Task An_export_and_a_chart_cut_short_by_a_crash_are_built_after_the_restart_and_sent_once()
    {
        await _bot.Harness.Get<WorkRunner>().LookedAtStart.WaitAsync(TimeSpan.FromSeconds(30));
        // What a crash leaves: both were queued and acknowledged, their runs began and stored nothing.
        Queue(WorkKind.Export, "⏳ Đang lập bảng điểm kỳ tháng 4/2025…", begun: 1, "2025-04");
        Queue(WorkKind.Chart, "Bảng xếp hạng khối Sở, ban, ngành — tháng 4/2025", begun: 1, "department", "2025-04", "SNV");
        await _bot.Api.WaitForMessages(Admin, 2);

        var mark = _bot.Api.AllSent.Count;
        await _bot.Harness.RestartAsync();
        await _bot.Api.WaitForMessages(Admin, 4);
        await _bot.Harness.RestartAsync();
        // Answered by now if the second start were to take the items up again.
        await _bot.SayAsync(Admin, "/help");

        var sent = _bot.Api.AllSent.Skip(mark).Where(m => m.ChatId == Admin).ToList();
        Assert.Equal(["par-2025-04.xlsx", "par-2025-04.csv"], sent.Where(m => m.Method == "sendDocument").Select(m => m.FileName));
        Assert.Single(sent, m => m.Method == "sendPhoto");
        Assert.Single(sent, m => m.Method == "editMessageText" && m.Text!.StartsWith('✅'));
    }

    [Fact]
    public async Task A_chart_cut_short_twice_is_not_drawn_again_and_the_asker_is_told_to_ask_again()
    {
        await _bot.Harness.Get<WorkRunner>().LookedAtStart.WaitAsync(TimeSpan.FromSeconds(30));
        Queue(WorkKind.Chart, "Bảng xếp hạng khối Sở, ban, ngành — tháng 4/2025", begun: 2, "department", "2025-04", "");
        await _bot.Api.WaitForMessage(Admin);

        await _bot.Harness.RestartAsync();
        var told = await _bot.Api.WaitForMessage(Admin);

        Assert.Equal(
            "Chưa vẽ được biểu đồ xếp hạng khối Sở, ban, ngành kỳ tháng 4/2025 vì hệ thống khởi động lại; gửi lại lệnh /top để xem biểu đồ.",
            told.Plain());
        Assert.DoesNotContain(_bot.Api.SentTo(Admin), m => m.Method == "sendPhoto");
        Assert.Empty(_bot.Harness.Get<IWorkStore>().ListQueued());
    }

    private void Queue(WorkKind kind, string acknowledgement, int begun, params string[] arguments)
    {
        var work = _bot.Harness.Get<IWorkStore>();
        var item = work.Queue(
            new WorkItem { Kind = kind, UpdateId = 1, ChatId = Admin, UserId = Admin, Role = Role.Admin, Language = "vi", Arguments = arguments },
            new OutgoingMessage { ChatId = Admin, Text = acknowledgement });
        for (var run = 0; run < begun; run++)
            work.Begin(item.Id);
    }
}
