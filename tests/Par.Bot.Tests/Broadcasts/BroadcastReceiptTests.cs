using Par.Bot.Tests.Fakes;
using Par.Bot.Tests.Hosting;
using Par.Bot.Tests.Ranking;
using Par.Core.Members;
using static Par.Bot.Tests.Broadcasts.BroadcastSteps;

namespace Par.Bot.Tests.Broadcasts;

/// <summary>What the preview warns about, the "received" button after the press, and the list of who did not get it.</summary>
public sealed class BroadcastReceiptTests : IAsyncLifetime
{
    private const long Admin = BotHarness.AdminId;
    private const long HeadA = 104;
    private const long DeputyA = 105;
    private BotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotHarness.StartAsync(clock: new TestClock(new DateTimeOffset(2026, 3, 2, 9, 40, 0, TimeSpan.FromHours(7))));
        _bot.Seed("SNV", "department", Head(101) with { Name = "Nguyễn Văn An" }, Deputy(102) with { Name = "Trần Thị Bình" });
        _bot.Seed("STP", "department", Deputy(103) with { Name = "Lê Văn Cường" });
        _bot.Seed("XA-TRONG", "commune");
        _bot.Seed("XA-A", "commune", Head(HeadA) with { Name = "Phạm Thị Dung" }, Deputy(DeputyA) with { Name = "Hoàng Văn Em" });
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("Chỉ lãnh đạo", "2 đơn vị chưa có lãnh đạo đơn vị trong bot nên sẽ không nhận được:\n• STP Đơn vị STP\n• XA-TRONG Đơn vị XA-TRONG", "101")]
    [InlineData("Tất cả thành viên", "1 đơn vị chưa có thành viên nào trong bot nên sẽ không nhận được:\n• XA-TRONG Đơn vị XA-TRONG", "101 102 103")]
    public async Task The_preview_names_the_chosen_units_that_have_nobody_to_receive_it(string members, string warning, string recipients)
    {
        var confirm = await _bot.ComposeAsync(() => _bot.SendFormatted(Admin, "Họp giao ban"), "Chọn từng đơn vị", members, "SNV", "STP", "XA-TRONG");

        Assert.Contains("\n⚠️ " + warning + "\nBấm “Gửi”", confirm.Plain());
        await _bot.SendAndWaitForReportAsync(confirm);
        var reached = recipients.Split(' ').Select(long.Parse).ToList();
        Assert.All(reached, chat => Assert.Single(Announcements(chat)));
        Assert.All(new long[] { 101, 102, 103, HeadA, DeputyA }.Except(reached), chat => Assert.Empty(_bot.Api.SentTo(chat)));
    }

    [Fact]
    public async Task The_received_button_shows_the_first_press_time_in_the_province_on_the_pressed_message_only()
    {
        var confirm = await _bot.ComposeAsync(() => _bot.SendFormatted(Admin, "Nộp báo cáo quý"), "Khối Xã, phường, đặc khu", "Tất cả thành viên");
        await _bot.SendAndWaitForReportAsync(confirm);
        var toHead = Assert.Single(Announcements(HeadA));

        _bot.Clock.SetVietnamTime(new DateTime(2026, 3, 2, 9, 41, 30));
        await _bot.AnswerToAsync(HeadA, toHead, "Đã nhận");
        var edited = await _bot.Api.WaitForMessage(HeadA, m => m.Method == "editMessageText");
        _bot.Clock.SetVietnamTime(new DateTime(2026, 3, 2, 10, 5, 0));
        var second = await _bot.AnswerToAsync(HeadA, toHead, "Đã nhận");

        Assert.Equal((toHead.MessageId, toHead.Text), (edited.MessageId, edited.Text));
        Assert.Equal(["✅ Đã nhận lúc 09:41"], edited.Buttons.Select(b => b.Text));
        Assert.Contains("đã xác nhận thông báo này rồi", second.Text);

        // The deputy is reminded, and presses the reminder the next morning, then the announcement itself.
        var status = await _bot.SayNowAsync(Admin, "/broadcast status");
        var silent = await _bot.PressForMessageAsync(Admin, status, "Chưa xác nhận");
        await _bot.PressForMessageAsync(Admin, silent, "Nhắc 1 người");
        var reminder = await _bot.Api.WaitForMessage(DeputyA, m => m.Text?.Contains("Nhắc lại") == true);
        _bot.Clock.SetVietnamTime(new DateTime(2026, 3, 3, 8, 15, 0));
        await _bot.AnswerToAsync(DeputyA, reminder, "Đã nhận");
        var remindEdit = await _bot.Api.WaitForMessage(DeputyA, m => m.Method == "editMessageText");
        await _bot.AnswerToAsync(DeputyA, Assert.Single(Announcements(DeputyA), m => m.Text == "Nộp báo cáo quý"), "Đã nhận");
        var announcementEdit = await _bot.Api.WaitForMessage(DeputyA, m => m.Method == "editMessageText");

        Assert.Equal((reminder.MessageId, reminder.Text), (remindEdit.MessageId, remindEdit.Text));
        Assert.Equal(["✅ Đã nhận lúc 08:15 ngày 03/03"], remindEdit.Buttons.Select(b => b.Text));
        Assert.Equal(["✅ Đã nhận lúc 08:15 ngày 03/03"], announcementEdit.Buttons.Select(b => b.Text));
        await Task.Delay(300);
        Assert.Single(_bot.Api.SentTo(HeadA), m => m.Method == "editMessageText");
        Assert.Equal(2, _bot.Api.SentTo(DeputyA).Count(m => m.Method == "editMessageText"));
        Assert.DoesNotContain(_bot.Api.SentTo(Admin), m => m.Buttons.Any(b => b.Text.Contains("lúc", StringComparison.Ordinal)));
        Assert.All(new long[] { 101, 102, 103 }, chat => Assert.Empty(_bot.Api.SentTo(chat)));
    }

    [Fact]
    public async Task Under_a_photo_the_received_button_changes_with_the_caption_kept()
    {
        var confirm = await _bot.ComposeAsync(() => _bot.SendPhoto(Admin, [1, 2, 3], "Lịch trực Tết"), "Khối Xã, phường, đặc khu", "Chỉ lãnh đạo");
        await _bot.SendAndWaitForReportAsync(confirm);
        var photo = Assert.Single(Announcements(HeadA, "sendPhoto"));

        _bot.Clock.SetVietnamTime(new DateTime(2026, 3, 2, 14, 7, 0));
        await _bot.AnswerToAsync(HeadA, photo, "Đã nhận");
        var edited = await _bot.Api.WaitForMessage(HeadA, m => m.Method != Answer && m.Sequence > photo.Sequence);

        Assert.Equal(("editMessageCaption", photo.MessageId, "Lịch trực Tết"), (edited.Method, edited.MessageId, edited.Text));
        Assert.Equal(["✅ Đã nhận lúc 14:07"], edited.Buttons.Select(b => b.Text));
        Assert.Empty(_bot.Api.SentTo(DeputyA));
    }

    [Fact]
    public async Task The_report_names_who_did_not_get_it_by_reason_and_unit_without_telegram_ids()
    {
        _bot.Seed("XA-B", "commune", Head(106) with { Name = "Đỗ Thị Giang", Unreachable = true }, Deputy(107) with { Name = "Vũ Văn Hải" });
        _bot.Api.Faults = call => call is { Method: "sendMessage", ChatId: DeputyA } ? FakeFault.BlockedByUser()
            : call is { Method: "sendMessage", ChatId: 107 } ? FakeFault.BadRequest("chat not found")
            : null;
        var confirm = await _bot.ComposeAsync(() => _bot.SendFormatted(Admin, "Kiểm tra hồ sơ"), "Khối Xã, phường, đặc khu", "Tất cả thành viên");
        var report = await _bot.SendAndWaitForReportAsync(confirm);

        Assert.Contains("Đã gửi tới: 1/3", report.Plain());
        Assert.Equal(["Ai chưa xác nhận?", "Ai không nhận được? (3)"], report.Buttons.Select(b => b.Text));
        var list = await _bot.PressForMessageAsync(Admin, report, "Ai không nhận được");

        Assert.Equal(
            """
            3 người không nhận được thông báo số 1/2026

            Đã chặn bot từ trước (1):
            • Đỗ Thị Giang — XA-B Đơn vị XA-B

            Đã chặn bot (1):
            • Hoàng Văn Em — XA-A Đơn vị XA-A

            Gửi lỗi (1):
            • Vũ Văn Hải — XA-B Đơn vị XA-B

            Người đã chặn bot chỉ nhận được tin khi mở lại bot và bấm “Start”; hãy báo cho họ qua kênh khác.
            Tin gửi lỗi do Telegram từ chối; hãy báo cho những người này qua kênh khác.
            """,
            list.Plain());
        Assert.Equal("sendMessage", list.Method);
        Assert.All(new long[] { HeadA, DeputyA, 106, 107 }, chat => Assert.DoesNotContain(chat.ToString(System.Globalization.CultureInfo.InvariantCulture), list.Text));
        Assert.Single(Announcements(HeadA));
        Assert.Empty(_bot.Api.SentTo(106));
        Assert.All(new long[] { 101, 102, 103 }, chat => Assert.Empty(_bot.Api.SentTo(chat)));
    }

    [Fact]
    public async Task A_long_list_of_who_did_not_get_it_comes_as_a_spreadsheet()
    {
        var blocked = Enumerable.Range(0, 31).Select(i => Deputy(3000 + i) with { Name = $"Cán bộ số {i + 1}", Unreachable = true }).ToArray();
        _bot.Seed("XA-LON", "commune", blocked);
        var confirm = await _bot.ComposeAsync(() => _bot.SendFormatted(Admin, "Tập huấn"), "Khối Xã, phường, đặc khu", "Tất cả thành viên");
        var report = await _bot.SendAndWaitForReportAsync(confirm);

        var file = await _bot.PressForMessageAsync(Admin, report, "Ai không nhận được? (31)");

        Assert.Equal(("sendDocument", "nguoi-khong-nhan-duoc.xlsx"), (file.Method, file.FileName));
        Assert.Equal("31 người không nhận được thông báo số 1/2026: danh sách trong tệp đính kèm.", file.Plain());
        using var content = new MemoryStream(file.FileContent!);
        var rows = MiniExcelLibs.MiniExcel.Query(content, useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(31, rows.Count);
        Assert.Equal(["Họ tên", "Mã đơn vị", "Tên đơn vị", "Lý do"], rows[0].Keys);
        Assert.Equal(["Cán bộ số 1", "XA-LON", "Đơn vị XA-LON", "Đã chặn bot từ trước"], rows[0].Values.Select(v => v?.ToString()));
        Assert.All(blocked, member => Assert.Empty(_bot.Api.SentTo(member.ChatId)));
    }

    private IReadOnlyList<SentMessage> Announcements(long chat, string method = "sendMessage") =>
        [.. _bot.Api.SentTo(chat).Where(m => m.Method == method && m.Buttons.Any(b => b.CallbackData?.StartsWith("ack:", StringComparison.Ordinal) == true))];
}
