using Par.Bot.Tests.Fakes;
using Par.Bot.Tests.Hosting;
using Par.Core.Members;
using Par.Core.Tasks;

namespace Par.Bot.Tests.Dossiers;

public sealed class TaskTests : IAsyncLifetime
{
    private const long Head = 501;
    private const long Deputy = 502;
    private const long OtherHead = 601;
    private const long Stranger = 777;
    private BotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await Province.StartAsync();
        await _bot.AddUnitAsync("SNV", "Sở Nội vụ");
        await _bot.AddUnitAsync("STP", "Sở Tư pháp");
        await _bot.AddUnitAsync("XA-A", "Xã An Bình", "commune");
        await _bot.JoinAsHeadAsync(Head, "SNV");
        await _bot.JoinAsHeadAsync(OtherHead, "STP");
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task An_admin_assigns_a_task_in_one_line_and_the_units_members_are_notified()
    {
        await _bot.JoinAsEnglishDeputyAsync(Head, Deputy);

        var assigned = await _bot.SayAsync(BotHarness.AdminId, "/tasks new SNV 2025-05-20 Rà soát 15 TTHC");

        Assert.Contains("Đã giao nhiệm vụ <code>T-1</code> cho <b>Sở Nội vụ</b>, hạn 23:59 20/05/2025", assigned.Text);
        Assert.Contains("Đã thông báo cho 2 thành viên", assigned.Text);
        var notice = await _bot.Api.WaitForMessage(Head, m => m.Text!.Contains("Nhiệm vụ mới"));
        Assert.Contains("Rà soát 15 TTHC", notice.Text);
        Assert.Contains(notice.Buttons, b => b.Text == "✅ Xong T-1");
        var english = await _bot.Api.WaitForMessage(Deputy, m => m.Text!.Contains("New task"));
        Assert.Contains("Due: 20/05/2025 23:59", english.Text);
    }

    [Fact]
    public async Task A_head_who_blocked_the_bot_is_not_notified_until_they_write_again()
    {
        _bot.Api.Faults = call => call.Method == "sendMessage" && call.ChatId == Head ? FakeFault.BlockedByUser() : null;
        await _bot.SayAsync(BotHarness.AdminId, "/tasks new SNV 2025-05-20 Rà soát 15 TTHC");
        await Eventually.Until(() => _bot.Get<IMemberStore>().Find(Head)!.Unreachable, "head marked unreachable");
        _bot.Api.Faults = null;

        var whileBlocked = await _bot.SayAsync(BotHarness.AdminId, "/tasks new SNV 2025-05-21 Báo cáo quý II");
        await _bot.SayAsync(Head, "/lang en", "en");
        var afterWriting = await _bot.SayAsync(BotHarness.AdminId, "/tasks new SNV 2025-05-22 Kiểm tra hồ sơ");

        Assert.Contains("chưa có thành viên nào dùng Par", whileBlocked.Text);
        Assert.Contains("Đã thông báo cho 1 thành viên", afterWriting.Text);
        var notice = await _bot.Api.WaitForMessage(Head, m => m.Text!.Contains("New task"));
        Assert.Contains("Kiểm tra hồ sơ", notice.Text);
        var head = _bot.Get<IMemberStore>().Find(Head)!;
        Assert.Equal(("SNV", "en", false), (head.UnitCode, head.Language, head.Unreachable));
    }

    [Fact]
    public async Task A_deadline_with_a_time_is_read_in_the_provinces_zone()
    {
        await _bot.SayAsync(BotHarness.AdminId, "/tasks new snv 21/05/2025 17:00 Báo cáo \"CCHC\" quý II");

        var task = _bot.Get<ITaskStore>().Find(1)!;

        Assert.Equal(new DateTime(2025, 5, 21, 10, 0, 0, DateTimeKind.Utc), task.DueUtc);
        Assert.Equal(("SNV", "Báo cáo \"CCHC\" quý II"), (task.UnitCode, task.Description));
    }

    [Fact]
    public async Task A_member_finishes_a_task_with_done_and_the_admin_is_told()
    {
        await AssignToSnvAsync();

        var done = await _bot.SayAsync(Head, "/done t-1 Đã rà soát xong");

        Assert.Contains("Đã ghi nhận hoàn thành nhiệm vụ <code>T-1</code>: Đã rà soát xong.", done.Text);
        var notice = await _bot.Api.WaitForMessage(BotHarness.AdminId, m => m.Text!.Contains("đã hoàn thành nhiệm vụ"));
        Assert.Contains("Kết quả: Đã rà soát xong", notice.Text);
        var task = _bot.Get<ITaskStore>().Find(1)!;
        Assert.Equal(("Đã rà soát xong", Head), (task.Result, task.FinishedBy));
        Assert.Contains("đã hoàn thành từ trước", (await _bot.SayAsync(Head, "/done T-1 lại")).Text);
    }

    [Fact]
    public async Task A_member_presses_done_then_types_the_result()
    {
        await AssignToSnvAsync();

        var list = await _bot.SayAsync(Head, "/tasks");
        Assert.Contains("<code>T-1</code> Rà soát 15 TTHC — hạn 23:59 20/05/2025 (còn 1 ngày)", list.Text);
        var ask = await _bot.PressForReplyAsync(Head, list, "Xong T-1");
        Assert.Contains("Nhập kết quả ngắn gọn của nhiệm vụ <code>T-1</code>", ask.Text);
        var done = await _bot.SayAsync(Head, "Đã rà soát, gửi Sở Nội vụ");

        Assert.Contains("Đã ghi nhận hoàn thành", done.Text);
        Assert.Equal("Đã rà soát, gửi Sở Nội vụ", _bot.Get<ITaskStore>().Find(1)!.Result);
        Assert.Contains("không có nhiệm vụ nào đang mở. Đã hoàn thành: 1", (await _bot.SayAsync(Head, "/tasks")).Text);
    }

    [Fact]
    public async Task Done_without_a_result_asks_for_it()
    {
        await AssignToSnvAsync();

        var ask = await _bot.SayAsync(Head, "/done T-1");
        var done = await _bot.SayAsync(Head, "Xong");

        Assert.Contains("Nhập kết quả", ask.Text);
        Assert.Contains("Đã ghi nhận hoàn thành", done.Text);
    }

    [Fact]
    public async Task An_admin_assigns_a_task_step_by_step()
    {
        var groups = await _bot.SayAsync(BotHarness.AdminId, "/tasks new");
        Assert.Contains("bước 1/8", groups.Text);

        var units = await _bot.PressForReplyAsync(BotHarness.AdminId, groups, "Sở, ban, ngành");
        Assert.Equal("editMessageText", units.Method);
        Assert.DoesNotContain(units.Buttons, b => b.Text.StartsWith("XA-A", StringComparison.Ordinal));
        var coordinators = await _bot.PressForReplyAsync(BotHarness.AdminId, units, "SNV");
        Assert.Contains("Bước 2/8", coordinators.Text);
        Assert.DoesNotContain(coordinators.Buttons, b => b.Text.StartsWith("SNV", StringComparison.Ordinal));
        coordinators = await _bot.PressForReplyAsync(BotHarness.AdminId, coordinators, "STP");
        Assert.Contains("Đã chọn: Sở Tư pháp", coordinators.Text);
        Assert.Contains(coordinators.Buttons, b => b.Text.StartsWith("✅ STP", StringComparison.Ordinal));
        var deadline = await _bot.PressForReplyAsync(BotHarness.AdminId, coordinators, "Tiếp tục");
        Assert.Contains("Bước 3/8", deadline.Text);
        Assert.Contains("không phải thời hạn hợp lệ", (await _bot.SayAsync(BotHarness.AdminId, "mai")).Text);
        Assert.Contains("Thời hạn đã qua", (await _bot.SayAsync(BotHarness.AdminId, "01/05/2025")).Text);
        var description = await _bot.SayAsync(BotHarness.AdminId, "22/05/2025 17:00");
        Assert.Contains("Bước 4/8", description.Text);
        var expected = await _bot.SayAsync(BotHarness.AdminId, "Rà soát 15 TTHC <b>gấp</b>");
        Assert.Contains("Bước 5/8", expected.Text);
        var document = await _bot.SayAsync(BotHarness.AdminId, "Báo cáo kết quả rà soát");
        Assert.Contains("Bước 6/8", document.Text);
        var priority = await _bot.SayAsync(BotHarness.AdminId, "125/TB-UBND 03/05/2025 UBND tỉnh");
        Assert.Contains("Bước 7/8", priority.Text);
        var confirm = await _bot.PressForReplyAsync(BotHarness.AdminId, priority, "Khẩn");
        Assert.Contains("Nội dung: Rà soát 15 TTHC &lt;b&gt;gấp&lt;/b&gt;", confirm.Text);
        Assert.Empty(_bot.Get<ITaskStore>().ListAll());

        var assigned = await _bot.PressForReplyAsync(BotHarness.AdminId, confirm, "Giao nhiệm vụ");

        Assert.Contains("Đã giao nhiệm vụ <code>T-1</code> cho <b>Sở Nội vụ</b>, hạn 17:00 22/05/2025", assigned.Text);
        var notice = await _bot.Api.WaitForMessage(Head, m => m.Text!.Contains("Nhiệm vụ mới"));
        Assert.Contains("Mức độ: <b>Khẩn</b>", notice.Text);
        await _bot.Api.WaitForMessage(OtherHead, m => m.Text!.Contains("Nhiệm vụ phối hợp T-1"));
        var stored = _bot.Get<ITaskStore>().Find(1)!;
        Assert.Equal(["STP"], stored.Coordinators);
        Assert.Equal(("Báo cáo kết quả rà soát", "125/TB-UBND", TaskPriority.Urgent), (stored.ExpectedResult, stored.Document!.Number, stored.Priority));
        var stale = await _bot.PressForAnswerAsync(BotHarness.AdminId, confirm, "Giao nhiệm vụ");
        Assert.Equal("Nút này đã hết hiệu lực.", stale.Text);
        Assert.Single(_bot.Get<ITaskStore>().ListAll());
    }

    [Fact]
    public async Task Cancelling_the_guided_form_assigns_nothing()
    {
        var groups = await _bot.SayAsync(BotHarness.AdminId, "/tasks new");
        var units = await _bot.PressForReplyAsync(BotHarness.AdminId, groups, "Xã, phường");
        var coordinators = await _bot.PressForReplyAsync(BotHarness.AdminId, units, "XA-A");
        await _bot.PressForReplyAsync(BotHarness.AdminId, coordinators, "Tiếp tục");
        await _bot.SayAsync(BotHarness.AdminId, "2025-05-30");
        var expected = await _bot.SayAsync(BotHarness.AdminId, "Rà soát");
        var document = await _bot.PressForReplyAsync(BotHarness.AdminId, expected, "Bỏ qua");
        var priority = await _bot.PressForReplyAsync(BotHarness.AdminId, document, "Bỏ qua");
        var confirm = await _bot.PressForReplyAsync(BotHarness.AdminId, priority, "Thường");

        var cancelled = await _bot.PressForReplyAsync(BotHarness.AdminId, confirm, "Hủy");

        Assert.Contains("Đã hủy", cancelled.Text);
        Assert.Empty(_bot.Get<ITaskStore>().ListAll());
    }

    [Fact]
    public async Task The_admins_list_shows_open_late_and_finished_per_unit()
    {
        await _bot.SayAsync(BotHarness.AdminId, "/tasks new SNV 2025-05-20 Một");
        await _bot.SayAsync(BotHarness.AdminId, "/tasks new SNV 19/05/2025 09:00 Hai");
        await _bot.SayAsync(BotHarness.AdminId, "/tasks new STP 2025-05-20 Ba");
        await _bot.SayAsync(OtherHead, "/done T-3 xong");
        await _bot.Api.WaitForMessage(BotHarness.AdminId, m => m.Text!.Contains("đã hoàn thành nhiệm vụ"));
        _bot.Clock.Advance(TimeSpan.FromHours(3));

        var overview = await _bot.SayAsync(BotHarness.AdminId, "/tasks");

        Assert.Contains("<code>SNV</code> Sở Nội vụ: 2 / 1 / 0", overview.Text);
        Assert.Contains("<code>STP</code> Sở Tư pháp: 0 / 0 / 1", overview.Text);
        Assert.Contains("<code>T-2</code> <code>SNV</code> Hai — hạn 09:00 19/05/2025 (<b>quá hạn 1 giờ</b>)", overview.Text);
        Assert.Contains(overview.Buttons, b => b.Text == "➕ Giao nhiệm vụ");
    }

    [Theory]
    [InlineData("/tasks new NOPE 2025-05-20 Rà soát", "Không có đơn vị <code>NOPE</code>")]
    [InlineData("/tasks new SNV 2025-05-01 Rà soát", "Thời hạn đã qua")]
    [InlineData("/tasks new SNV 31/02/2025 Rà soát", "không phải thời hạn hợp lệ")]
    [InlineData("/tasks new SNV 2025-05-20", "Thiếu nội dung nhiệm vụ")]
    [InlineData("/tasks new SNV", "<code>/tasks new MÃ_ĐƠN_VỊ 2025-05-26 Nội dung</code>")]
    public async Task Bad_assignments_are_explained_and_store_nothing(string command, string expected)
    {
        var reply = await _bot.SayAsync(BotHarness.AdminId, command);

        Assert.Contains(expected, reply.Text);
        Assert.Empty(_bot.Get<ITaskStore>().ListAll());
    }

    [Fact]
    public async Task Members_cannot_assign_nor_finish_another_units_task()
    {
        var refused = await _bot.SayAsync(Head, "/tasks new SNV 2025-05-20 Tự giao");
        await _bot.SayAsync(BotHarness.AdminId, "/tasks new SNV 2025-05-20 Rà soát");
        var other = await _bot.SayAsync(OtherHead, "/done T-1 xong");
        var stranger = await _bot.SayAsync(Stranger, "/done T-1 xong");

        Assert.Contains("Chỉ cán bộ Sở Nội vụ", refused.Text);
        Assert.Contains("không phải của đơn vị bạn", other.Text);
        Assert.Contains("mã mời", stranger.Text);
        var task = Assert.Single(_bot.Get<ITaskStore>().ListAll());
        Assert.True(task.IsOpen);
    }

    /// <summary>Assigns T-1 to SNV and takes the head's notice, so the head's next message is an answer.</summary>
    private async Task AssignToSnvAsync()
    {
        await _bot.SayAsync(BotHarness.AdminId, "/tasks new SNV 2025-05-20 Rà soát 15 TTHC");
        await _bot.Api.WaitForMessage(Head, m => m.Text!.Contains("Nhiệm vụ mới"));
    }
}
