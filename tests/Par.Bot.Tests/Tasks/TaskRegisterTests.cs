using System.Text;
using Par.Bot.Jobs;
using Par.Bot.Tests.Dossiers;
using Par.Bot.Tests.Fakes;
using Par.Bot.Tests.Hosting;
using Par.Core.Tasks;

namespace Par.Bot.Tests.Tasks;

/// <summary>The task register end to end: assigning with coordinators, working a task, extensions, queries and the tasks file.</summary>
public sealed class TaskRegisterTests : IAsyncLifetime
{
    private const long Admin = BotHarness.AdminId;
    private const long Head = 501;
    private const long Deputy = 502;
    private const long StpHead = 601;
    private const long SytHead = 701;
    private BotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await Province.StartAsync();
        await _bot.AddUnitAsync("SNV", "Sở Nội vụ");
        await _bot.AddUnitAsync("STP", "Sở Tư pháp");
        await _bot.AddUnitAsync("SYT", "Sở Y tế");
        await _bot.JoinAsHeadAsync(Head, "SNV");
        await _bot.JoinAsHeadAsync(StpHead, "STP");
        await _bot.JoinAsHeadAsync(SytHead, "SYT");
        await _bot.JoinAsEnglishDeputyAsync(Head, Deputy);
        await _bot.SayAsync(Deputy, "/lang vi");
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task One_line_names_the_lead_the_coordinators_and_the_expected_result()
    {
        var assigned = await _bot.SayAsync(Admin, "/tasks new SNV+STP,syt 30/05/2025 17:00 Rà soát 15 TTHC | Báo cáo gửi UBND tỉnh");

        Assert.Contains("Đã giao nhiệm vụ <code>T-1</code> cho <b>Sở Nội vụ</b>, hạn 17:00 30/05/2025", assigned.Text);
        var task = _bot.Get<ITaskStore>().Find(1)!;
        Assert.Equal(["STP", "SYT"], task.Coordinators);
        Assert.Equal("Báo cáo gửi UBND tỉnh", task.ExpectedResult);
        var lead = await _bot.Api.WaitForMessage(Head, m => m.Text?.Contains("Nhiệm vụ mới", StringComparison.Ordinal) == true);
        Assert.Contains("Kết quả cần đạt: Báo cáo gửi UBND tỉnh", lead.Text);
        Assert.Contains(lead.Buttons, b => b.Text == "👤 Phân công người phụ trách");
        var coordinator = await _bot.Api.WaitForMessage(SytHead, m => m.Text?.Contains("Nhiệm vụ phối hợp T-1", StringComparison.Ordinal) == true);
        Assert.Contains(coordinator.Buttons, b => b.Text == "✅ Xong phần việc");
    }

    [Theory]
    [InlineData("/tasks new SNV+snv 2025-05-30 Rà soát", "Đơn vị <code>SNV</code> đã là đơn vị chủ trì")]
    [InlineData("/tasks new SNV+STP,NOPE 2025-05-30 Rà soát", "Không có đơn vị <code>NOPE</code>")]
    [InlineData("/tasks new NOPE+STP 2025-05-30 Rà soát", "Không có đơn vị <code>NOPE</code>")]
    [InlineData("/tasks new SNV+STP 2025-05-01 Rà soát", "Thời hạn đã qua")]
    public async Task A_bad_one_line_assignment_is_explained_and_stores_nothing(string command, string expected)
    {
        var reply = await _bot.SayAsync(Admin, command);

        Assert.Contains(expected, reply.Text);
        Assert.Empty(_bot.Get<ITaskStore>().ListAll());
    }

    [Fact]
    public async Task The_lead_units_head_picks_the_responsible_person_from_its_members()
    {
        await AssignAsync("/tasks new SNV+STP 30/05/2025 Rà soát");
        var notice = await _bot.Api.WaitForMessage(Head, m => m.Text?.Contains("Nhiệm vụ mới", StringComparison.Ordinal) == true);

        var people = await _bot.PressAsync(Head, notice, "Phân công");
        Assert.Equal(["User 501", "User 502"], people.Buttons.Select(b => b.Text).Order());
        var named = await _bot.PressAsync(Head, people, "User 502");

        Assert.Contains("Đã phân công <b>User 502</b> phụ trách nhiệm vụ <code>T-1</code>", named.Text);
        await _bot.Api.WaitForMessage(Deputy, m => m.Text?.Contains("Bạn được phân công phụ trách nhiệm vụ <code>T-1</code>", StringComparison.Ordinal) == true);
        Assert.Equal(Deputy, _bot.Get<ITaskStore>().Find(1)!.ResponsibleId);
    }

    [Fact]
    public async Task Someone_who_is_not_the_lead_units_head_cannot_name_the_responsible_person()
    {
        await AssignAsync("/tasks new SNV+STP 30/05/2025 Rà soát");

        var card = await _bot.AskAsync(StpHead, "/tasks T-1", "<b>Nhiệm vụ <code>T-1</code></b>");
        _bot.Api.PressButton(StpHead, card.MessageId, $"tk:rp:1:{StpHead}");
        var refused = await _bot.Api.WaitForMessage(StpHead, m => m.Method != "answerCallbackQuery" && m.Text?.Contains("Chỉ lãnh đạo đơn vị chủ trì", StringComparison.Ordinal) == true);

        Assert.Contains("<code>T-1</code>", refused.Text);
        Assert.Null(_bot.Get<ITaskStore>().Find(1)!.ResponsibleId);
    }

    [Fact]
    public async Task Progress_with_a_file_reaches_the_assigner_and_coordinators_confirm_their_parts()
    {
        await AssignAsync("/tasks new SNV+STP,SYT 30/05/2025 Rà soát");

        var ask = await _bot.PressForAsync(Deputy, await _bot.AskAsync(Deputy, "/tasks T-1", "<b>Nhiệm vụ <code>T-1</code></b>"), "Ghi tiến độ", "Nhập tiến độ");
        Assert.Contains("tệp minh chứng", ask.Text);
        _bot.Api.SendDocument(Deputy, Encoding.UTF8.GetBytes("du thao"), "du-thao.pdf", "Đã xong dự thảo");
        var noted = await _bot.Api.WaitForMessage(Deputy, m => m.Text?.Contains("Đã ghi tiến độ", StringComparison.Ordinal) == true);
        var evidence = await _bot.Api.WaitForMessage(Admin, m => m.Method == "sendDocument");
        var card = await _bot.AskAsync(StpHead, "/tasks T-1", "<b>Nhiệm vụ <code>T-1</code></b>");
        var confirmed = await _bot.PressForAsync(StpHead, card, "Xong phần việc", "Đã ghi nhận");
        var lead = await _bot.Api.WaitForMessage(Head, m => m.Text?.Contains("đã xong phần việc phối hợp", StringComparison.Ordinal) == true);

        Assert.Contains("kèm tệp minh chứng", noted.Text);
        Assert.Contains("Đã xong dự thảo", evidence.Text);
        Assert.Contains("Đã ghi nhận <b>Sở Tư pháp</b> hoàn thành phần việc", confirmed.Text);
        Assert.Contains("1/2 đơn vị phối hợp đã xong", lead.Text);
        Assert.Contains("Chưa xong: Sở Y tế", lead.Text);
        var history = (await _bot.AskAsync(Admin, "/tasks T-1", "<b>Nhiệm vụ <code>T-1</code></b>")).Text!;
        Assert.Contains("✅ Sở Tư pháp, ⏳ Sở Y tế", history);
        Assert.Contains("tiến độ: Đã xong dự thảo 📎", history);
        Assert.Contains("Không có nhiệm vụ <code>T-9</code>", (await _bot.AskAsync(Head, "/tasks T-9 note x", "T-9")).Text);
    }

    [Fact]
    public async Task An_approved_extension_moves_the_deadline_in_force_and_keeps_the_original()
    {
        await AssignAsync("/tasks new SNV 30/05/2025 Rà soát");

        var asked = await _bot.AskAsync(Deputy, "/tasks T-1 extend 06/06/2025 Chờ số liệu của Sở Tài chính", "gia hạn");
        var request = await _bot.Api.WaitForMessage(Admin, m => m.Text?.Contains("đề nghị gia hạn", StringComparison.Ordinal) == true);
        var approved = await _bot.PressAsync(Admin, request, "Đồng ý");
        await _bot.Api.WaitForMessage(Deputy, m => m.Text?.Contains("được đồng ý: hạn mới 23:59 06/06/2025", StringComparison.Ordinal) == true);

        Assert.Contains("Đã gửi đề nghị gia hạn nhiệm vụ <code>T-1</code> đến 23:59 06/06/2025", asked.Text);
        Assert.Contains("Lý do: Chờ số liệu của Sở Tài chính", request.Text);
        Assert.Contains("Đã đồng ý gia hạn nhiệm vụ <code>T-1</code> đến 23:59 06/06/2025", approved.Text);
        var task = _bot.Get<ITaskStore>().Find(1)!;
        Assert.Equal((new DateTime(2025, 5, 30, 16, 59, 59, DateTimeKind.Utc), new DateTime(2025, 6, 6, 16, 59, 59, DateTimeKind.Utc)),
            (TrimMs(task.DueUtc), TrimMs(task.CurrentDueUtc)));
        Assert.Contains("Hạn: 23:59 06/06/2025 (đã gia hạn; hạn ban đầu 23:59 30/05/2025)", (await _bot.AskAsync(Head, "/tasks T-1", "<b>Nhiệm vụ <code>T-1</code></b>")).Text);
    }

    [Fact]
    public async Task A_rejected_extension_keeps_the_deadline_and_one_asked_too_late_or_by_another_unit_is_refused()
    {
        await AssignAsync("/tasks new SNV 20/05/2025 Rà soát");

        await _bot.AskAsync(Deputy, "/tasks T-1 extend 25/05/2025 Thiếu người", "gia hạn");
        var request = await _bot.Api.WaitForMessage(Admin, m => m.Text?.Contains("đề nghị gia hạn", StringComparison.Ordinal) == true);
        var rejected = await _bot.PressAsync(Admin, request, "Không đồng ý");
        await _bot.Api.WaitForMessage(Deputy, m => m.Text?.Contains("không được đồng ý", StringComparison.Ordinal) == true);
        var other = await _bot.AskAsync(StpHead, "/tasks T-1 extend 25/05/2025 Giúp", "Không có gì thay đổi");
        _bot.Clock.SetVietnamTime(new DateTime(2025, 5, 21, 9, 0, 0));
        var late = await _bot.AskAsync(Deputy, "/tasks T-1 extend 25/05/2025 Thiếu người", "Không có gì thay đổi");

        Assert.Contains("Đã không đồng ý gia hạn nhiệm vụ <code>T-1</code>; hạn vẫn là 23:59 20/05/2025", rejected.Text);
        Assert.Contains("không phải của đơn vị bạn", other.Text);
        Assert.Contains("chỉ được xin gia hạn trước khi hết hạn", late.Text);
        Assert.Equal([ExtensionState.Rejected], _bot.Get<ITaskStore>().Find(1)!.Extensions.Select(e => e.State));
    }

    [Fact]
    public async Task A_task_finished_late_with_a_file_tells_the_assigner_with_the_evidence()
    {
        await AssignAsync("/tasks new SNV 20/05/2025 Rà soát");
        _bot.Clock.SetVietnamTime(new DateTime(2025, 5, 21, 9, 0, 0));

        await _bot.PressForAsync(Head, await _bot.AskAsync(Head, "/tasks T-1", "<b>Nhiệm vụ <code>T-1</code></b>"), "Xong T-1", "Nhập kết quả");
        _bot.Api.SendDocument(Head, Encoding.UTF8.GetBytes("bao cao"), "bao-cao.pdf", "Đã rà soát xong");
        var done = await _bot.Api.WaitForMessage(Head, m => m.Text?.Contains("Đã ghi nhận hoàn thành", StringComparison.Ordinal) == true);
        var told = await _bot.Api.WaitForMessage(Admin, m => m.Method == "sendDocument");

        Assert.Contains("Đã rà soát xong", done.Text);
        Assert.Contains("đã hoàn thành nhiệm vụ", told.Text);
        Assert.Contains("Hoàn thành quá hạn", (await _bot.AskAsync(Admin, "/tasks T-1", "<b>Nhiệm vụ <code>T-1</code></b>")).Text);
    }

    [Fact]
    public async Task A_member_sees_their_own_tasks_first_and_admins_the_late_ones_by_unit()
    {
        await AssignAsync("/tasks new SNV 30/05/2025 Một");
        await AssignAsync("/tasks new STP+SNV 19/05/2025 09:00 Hai");
        await AssignAsync("/tasks new SNV 25/05/2025 Ba");
        var notice = await _bot.Api.WaitForMessage(Head, m => m.Text?.Contains("Nhiệm vụ mới T-1", StringComparison.Ordinal) == true);
        // The notices of T-2 and T-3 may still be arriving: wait for the picker itself, not the next message.
        var people = await _bot.PressForAsync(Head, notice, "Phân công", "Chọn người phụ trách nhiệm vụ <code>T-1</code>");
        await _bot.PressForAsync(Head, people, "User 502", "Đã phân công");
        await _bot.Api.WaitForMessage(Deputy, m => m.Text?.Contains("Bạn được phân công", StringComparison.Ordinal) == true);
        _bot.Clock.SetVietnamTime(new DateTime(2025, 5, 19, 10, 0, 0));

        var mine = (await _bot.AskAsync(Deputy, "/tasks", "<b>Nhiệm vụ của")).Text!;
        var late = (await _bot.AskAsync(Admin, "/tasks late", "quá hạn")).Text!;

        Assert.True(mine.IndexOf("👤 <code>T-1</code>", StringComparison.Ordinal) < mine.IndexOf("<code>T-2</code>", StringComparison.Ordinal));
        Assert.True(mine.IndexOf("<code>T-2</code>", StringComparison.Ordinal) < mine.IndexOf("<code>T-3</code>", StringComparison.Ordinal));
        Assert.Contains("(phối hợp với Sở Tư pháp)", mine);
        Assert.Contains("Nhiệm vụ quá hạn chưa hoàn thành: 1", late);
        Assert.Contains("<b>Sở Tư pháp</b>\n• <code>T-2</code> Hai", late);
        Assert.Contains("Chỉ cán bộ Sở Nội vụ", (await _bot.AskAsync(Head, "/tasks new SNV 30/05/2025 x", "Chỉ")).Text);
    }

    [Fact]
    public async Task A_meetings_directives_are_assigned_from_a_file_row_by_row_and_found_by_their_document()
    {
        var csv = "lead,coordinators,deadline,content,expected,document,priority\n"
            + "SNV,STP;SYT,30/05/2025,Rà soát TTHC,Báo cáo,125/TB-UBND 15/05/2025 UBND tỉnh,khẩn\n"
            + "NOPE,,30/05/2025,Hai,,125/TB-UBND,\n"
            + "STP,,31/02/2025,Ba,,125/TB-UBND,\n"
            + "STP,STP,30/05/2025,Bốn,,125/TB-UBND,\n"
            + "SYT,,30/05/2025,Năm,,125/TB-UBND,rất gấp\n";

        var report = await _bot.SendFileAsync(Admin, csv, "ket-luan.csv");
        var document = (await _bot.AskAsync(Admin, "/tasks doc 125/tb-ubnd", "văn bản")).Text!;

        Assert.Contains("Đã giao 1 nhiệm vụ từ tệp; 4 dòng không hợp lệ.", report.Text);
        Assert.Contains("Dòng 3", report.Text);
        Assert.Contains("“31/02/2025” không phải thời hạn hợp lệ", report.Text);
        Assert.Contains("đã là đơn vị chủ trì", report.Text);
        Assert.Contains("“rất gấp” không phải mức độ", report.Text);
        var task = Assert.Single(_bot.Get<ITaskStore>().ListAll());
        Assert.Equal(["STP", "SYT"], task.Coordinators);
        Assert.Equal((TaskPriority.Urgent, "UBND tỉnh"), (task.Priority, task.Document!.Issuer));
        await _bot.Api.WaitForMessage(SytHead, m => m.Text?.Contains("Nhiệm vụ phối hợp T-1", StringComparison.Ordinal) == true);
        Assert.Contains("Nhiệm vụ theo văn bản <code>125/tb-ubnd</code></b>: đã hoàn thành 0/1", document);
        Assert.Contains("Sở Nội vụ: Rà soát TTHC — Đang thực hiện trong hạn", document);
    }

    [Fact]
    public async Task A_tasks_file_from_a_member_is_refused()
    {
        var reply = await _bot.SendFileAsync(Head, "lead,deadline,content\nSNV,30/05/2025,Một\n", "nv.csv");

        Assert.Contains("Chỉ cán bộ Sở Nội vụ", reply.Text);
        Assert.Empty(_bot.Get<ITaskStore>().ListAll());
    }

    [Fact]
    public async Task Reminders_reach_who_answers_for_a_task_7_3_and_1_working_days_before_and_each_morning_once_overdue()
    {
        await AssignAsync("/tasks new SNV+STP 30/05/2025 17:00 Rà soát");
        var notice = await _bot.Api.WaitForMessage(Head, m => m.Text?.Contains("Nhiệm vụ mới", StringComparison.Ordinal) == true);
        await _bot.PressAsync(Head, await _bot.PressAsync(Head, notice, "Phân công"), "User 502");
        await _bot.Api.WaitForMessage(Deputy, m => m.Text?.Contains("Bạn được phân công", StringComparison.Ordinal) == true);

        var sent = new Dictionary<int, IReadOnlyList<long>>();
        foreach (var day in (int[])[21, 26, 27, 29])
            sent[day] = await RemindOnAsync(new DateTime(2025, 5, day, 8, 31, 0));
        var overdue = await RemindOnAsync(new DateTime(2025, 6, 2, 8, 31, 0));
        await _bot.Api.WaitForMessage(StpHead, m => m.Text?.Contains("Nhiệm vụ phối hợp T-1", StringComparison.Ordinal) == true);
        await _bot.PressForAsync(StpHead, await _bot.AskAsync(StpHead, "/tasks T-1", "<b>Nhiệm vụ <code>T-1</code></b>"), "Xong phần việc", "Đã ghi nhận");
        var escalated = await RemindOnAsync(new DateTime(2025, 6, 4, 8, 31, 0));

        Assert.Equal([Head, Deputy, StpHead], sent[21]);
        Assert.Empty(sent[26]);
        Assert.Equal([Head, Deputy, StpHead], sent[27]);
        Assert.Equal([Head, Deputy, StpHead], sent[29]);
        Assert.Equal([Head, Deputy, StpHead], overdue);
        Assert.Equal([Head, Deputy, Admin], escalated);
        Assert.Contains("task:T-1:before:7:202505301000:user:502", _bot.OutboxKeys("task:T-1:before:7"));
        var reminder = await _bot.Api.WaitForMessage(Deputy, m => m.Text?.Contains("đã quá hạn 17:00 30/05/2025 (1 ngày", StringComparison.Ordinal) == true);
        Assert.Contains("Nhiệm vụ <code>T-1</code> (Rà soát) đã quá hạn 17:00 30/05/2025 (1 ngày làm việc)", reminder.Text);
        await _bot.Api.WaitForMessage(Admin, m => m.Text?.Contains("chưa hoàn thành nhiệm vụ <code>T-1</code>", StringComparison.Ordinal) == true);
    }

    /// <summary>Moves the clock to a working morning, runs the task reminders and returns who was messaged by them.</summary>
    private async Task<IReadOnlyList<long>> RemindOnAsync(DateTime local)
    {
        var keysBefore = _bot.OutboxKeys("task:T-1:").ToHashSet();
        _bot.Clock.SetVietnamTime(local);
        await _bot.Get<ReminderRunner>().RunDueAsync(ReminderSchedule.TaskReminder, null, CancellationToken.None);
        return [.. _bot.OutboxKeys("task:T-1:").Where(k => !keysBefore.Contains(k)).Select(k => long.Parse(k[(k.LastIndexOf(':') + 1)..], System.Globalization.CultureInfo.InvariantCulture)).Distinct().Order()];
    }

    /// <summary>Presses a button and waits for the bot's message to that chat that contains <paramref name="expect"/>.</summary>
    private async Task AssignAsync(string command) => Assert.Contains("Đã giao nhiệm vụ", (await _bot.AskAsync(Admin, command, "nhiệm vụ")).Text);

    private static DateTime TrimMs(DateTime time) => new(time.Ticks - (time.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
}
