using Par.Bot.Tests.Hosting;
using Par.Core.Broadcasts;
using Par.Core.Conversations;
using static Par.Bot.Tests.Broadcasts.BroadcastSteps;

namespace Par.Bot.Tests.Broadcasts;

public sealed class BroadcastFlowTests : IAsyncLifetime
{
    private const long Admin = BotHarness.AdminId;
    private BotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotHarness.StartAsync();
        _bot.Seed("SNV", "department", Head(101), Deputy(102, "en"));
        _bot.Seed("STP", "department", Head(103));
        _bot.Seed("XA-A", "commune", Head(104), Deputy(105));
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Formatting_is_kept_other_text_escaped_and_chosen_units_get_it_once()
    {
        const string text = "<script>alert(1)</script> 😀 Họp gấp lúc 14h";

        var confirm = await _bot.ComposeAsync(
            () => _bot.SendFormatted(Admin, text, Bold(text, "Họp gấp")), "Chọn từng đơn vị", "Tất cả thành viên", "SNV", "STP", "STP");
        Assert.Contains("<b>2</b> người", confirm.Text);
        var report = await _bot.SendAndWaitForReportAsync(confirm);

        Assert.Contains("Đã gửi tới: 2/2", report.Text);
        Assert.Equal(confirm.MessageId, report.MessageId);
        var vi = Assert.Single(Announcements(101));
        Assert.Equal("&lt;script&gt;alert(1)&lt;/script&gt; 😀 <b>Họp gấp</b> lúc 14h", vi.Text);
        Assert.Equal(["✅ Đã nhận"], vi.Buttons.Select(b => b.Text));
        Assert.Equal(["✅ Received"], Assert.Single(Announcements(102)).Buttons.Select(b => b.Text));
        Assert.Empty(Announcements(103));
        Assert.Empty(Announcements(104));
    }

    [Fact]
    public async Task A_photo_goes_by_file_id_to_the_heads_of_a_group()
    {
        var photo = new byte[] { 0xFF, 0xD8, 1, 2, 3 };
        var confirm = await _bot.ComposeAsync(() => _bot.SendPhoto(Admin, photo, "Lịch trực Tết"), "Khối Sở, ban, ngành", "Chỉ lãnh đạo");

        await _bot.SendAndWaitForReportAsync(confirm);

        foreach (var head in new long[] { 101, 103 })
        {
            var sent = Assert.Single(Announcements(head, "sendPhoto"));
            Assert.Equal(photo, sent.FileContent);
            Assert.Equal("Lịch trực Tết", sent.Text);
        }
        Assert.Empty(_bot.Api.SentTo(102));
        Assert.Empty(_bot.Api.SentTo(104));
    }

    [Fact]
    public async Task The_report_comes_as_a_new_message_when_the_progress_message_cannot_be_edited()
    {
        var confirm = await _bot.ComposeAsync(() => _bot.SendFormatted(Admin, "Lịch họp tuần"), "Khối Xã, phường, đặc khu", "Chỉ lãnh đạo");
        _bot.Api.Faults = call => call.Method == "editMessageText" ? Fakes.FakeFault.BadRequest("message to edit not found") : null;

        var report = await _bot.SendAndWaitForReportAsync(confirm);

        Assert.Equal("sendMessage", report.Method);
        Assert.Contains("Đã gửi tới: 1/1", report.Text);
    }

    [Fact]
    public async Task Non_admins_cannot_broadcast_and_nothing_is_queued()
    {
        var refused = await _bot.SayAsync(101, "/broadcast");
        Assert.Contains("Chỉ cán bộ Sở Nội vụ", refused.Text);

        // Forged buttons: data an admin's keyboard would carry, pressed under a message in the head's chat.
        _bot.Api.PressButton(101, refused.MessageId, Par.Bot.Handlers.Broadcasts.BroadcastCallbacks.Send("abcdef0123"));
        var answer = await _bot.Api.WaitForMessage(101, m => m.Method == Answer);
        _bot.Api.PressButton(101, refused.MessageId, "bca:all");
        var second = await _bot.Api.WaitForMessage(101, m => m.Method == Answer);

        Assert.Contains("Chỉ cán bộ Sở Nội vụ", answer.Text);
        Assert.Contains("Chỉ cán bộ Sở Nội vụ", second.Text);
        Assert.Empty(_bot.Get<IBroadcastStore>().ListRecent(10));
        Assert.Null(_bot.Get<IConversationStore>().Find(101));
        Assert.All(new long[] { 102, 103, 104, 105 }, chat => Assert.Empty(_bot.Api.SentTo(chat)));
    }

    [Fact]
    public async Task Bad_input_gets_a_clear_answer_and_changes_nothing()
    {
        await _bot.SayAsync(Admin, "/broadcast");
        _bot.SendFormatted(Admin, "   ");
        Assert.Contains("chưa có nội dung", (await _bot.Api.WaitForMessage(Admin)).Text);

        var audience = await _bot.SayAsync(Admin, "Thông báo họp");
        var picker = await _bot.PressForMessageAsync(Admin, audience, "Chọn từng đơn vị");
        var empty = await _bot.AnswerToAsync(Admin, picker, "Tiếp tục");
        Assert.Equal("Hãy chọn ít nhất một đơn vị.", empty.Text);

        var unknown = await _bot.SayAsync(Admin, "SNV NOPE");
        Assert.Contains("Không tìm thấy đơn vị: <code>NOPE</code>", unknown.Text);
        var typed = await _bot.SayAsync(Admin, "snv xa-a");
        Assert.Contains("đã chọn <b>2</b>", typed.Text);
        Assert.Contains(typed.Buttons, b => b.Text.StartsWith("✓ SNV", StringComparison.Ordinal));

        var cancelled = await _bot.PressForMessageAsync(Admin, typed, "Quay lại");
        cancelled = await _bot.PressForMessageAsync(Admin, cancelled, "Hủy");
        Assert.Contains("Đã hủy thông báo", cancelled.Text);
        Assert.Empty(_bot.Get<IBroadcastStore>().ListRecent(10));
        Assert.All(new long[] { 101, 102, 103, 104, 105 }, chat => Assert.Empty(_bot.Api.SentTo(chat)));
    }

    [Fact]
    public async Task A_draft_survives_a_restart_and_a_second_send_press_sends_nothing_more()
    {
        await _bot.SayAsync(Admin, "/broadcast");
        var audience = await _bot.SayAsync(Admin, "Nộp báo cáo trước ngày 5");

        await _bot.RestartAsync();
        var members = await _bot.PressForMessageAsync(Admin, audience, "Tất cả đơn vị");
        await _bot.AnswerToAsync(Admin, members, "Chỉ lãnh đạo");
        var confirm = await _bot.Api.WaitForMessage(Admin, m => m.Buttons.Any(b => b.Text.StartsWith("✅ Gửi tới", StringComparison.Ordinal)));
        await _bot.SendAndWaitForReportAsync(confirm);
        var again = await _bot.AnswerToAsync(Admin, confirm, "Gửi tới");

        Assert.Equal("Thông báo này đã được gửi.", again.Text);
        Assert.All(new long[] { 101, 103, 104 }, chat => Assert.Single(Announcements(chat)));
        Assert.Single(_bot.Get<IBroadcastStore>().ListRecent(10));
    }

    [Fact]
    public async Task Acknowledgements_count_once_and_only_the_silent_are_reminded()
    {
        var confirm = await _bot.ComposeAsync(() => _bot.SendFormatted(Admin, "Kiểm tra hồ sơ trễ hạn"), "Khối Xã, phường, đặc khu", "Tất cả thành viên");
        await _bot.SendAndWaitForReportAsync(confirm);
        var toHead = Assert.Single(Announcements(104));

        var first = await _bot.AnswerToAsync(104, toHead, "Đã nhận");
        var second = await _bot.AnswerToAsync(104, toHead, "Đã nhận");
        Assert.Contains("Đã ghi nhận", first.Text);
        Assert.Contains("đã xác nhận thông báo này rồi", second.Text);

        var status = await _bot.SayNowAsync(Admin, "/broadcast status");
        Assert.Contains("đã gửi 2/2, đã xác nhận 1", status.Text);
        var silent = await _bot.PressForMessageAsync(Admin, status, "Chưa xác nhận");
        Assert.Contains("Cấp phó 105", silent.Text);
        Assert.DoesNotContain("Lãnh đạo 104", silent.Text);

        var queued = await _bot.PressForMessageAsync(Admin, silent, "Nhắc 1 người");
        Assert.Contains("tới 1 người", queued.Text);
        var reminder = await _bot.Api.WaitForMessage(105, m => m.Text?.Contains("Nhắc lại") == true);
        var again = await _bot.PressForMessageAsync(Admin, silent, "Nhắc 1 người");
        Assert.Contains("đã được gửi trước đó", again.Text);

        Assert.Contains("Đã ghi nhận", (await _bot.AnswerToAsync(105, reminder, "Đã nhận")).Text);
        Assert.Equal(2, _bot.Get<IBroadcastStore>().CountAcknowledged(_bot.Get<IBroadcastStore>().ListRecent(1)[0].Id));
        // Sent once; pressing its button edits that same message, which the fake may have logged by now.
        Assert.Single(_bot.Api.SentTo(105), m => m.Method == "sendMessage" && m.Text?.Contains("Nhắc lại") == true);
        Assert.DoesNotContain(_bot.Api.SentTo(104), m => m.Text?.Contains("Nhắc lại") == true);
    }

    private IReadOnlyList<Fakes.SentMessage> Announcements(long chat, string method = "sendMessage") =>
        [.. _bot.Api.SentTo(chat).Where(m => m.Method == method && m.Buttons.Any(b => b.CallbackData?.StartsWith("ack:", StringComparison.Ordinal) == true))];
}
