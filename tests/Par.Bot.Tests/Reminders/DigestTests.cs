using Par.Bot.Jobs;
using Par.Bot.Tests.Dossiers;
using Par.Bot.Tests.Hosting;
using Par.Core.Reminders;

namespace Par.Bot.Tests.Reminders;

public sealed class DigestTests : IAsyncLifetime
{
    private const long Head = 501;
    private const long Deputy = 502;
    private const long OtherHead = 601;

    // HS-001 was due Friday 16/05 17:00, HS-002 Monday 19/05 12:30; HS-003 is far off.
    private const string Dossiers =
        "code,procedure,received,due,status\n" +
        "HS-001,Cấp giấy phép xây dựng,01/05/2025 08:00,16/05/2025 17:00,Đang xử lý\n" +
        "HS-002,Đăng ký kinh doanh,10/05/2025,19/05/2025 12:30,Đang xử lý\n" +
        "HS-003,Cấp bản sao,10/05/2025,30/05/2025,Đang xử lý\n";

    private BotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await Province.StartAsync();
        await _bot.AddUnitAsync("SNV", "Sở Nội vụ");
        await _bot.AddUnitAsync("STP", "Sở Tư pháp");
        await _bot.JoinAsHeadAsync(Head, "SNV");
        await _bot.JoinAsHeadAsync(OtherHead, "STP");
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task The_morning_digest_reaches_each_member_of_a_late_unit_in_their_language()
    {
        await _bot.JoinAsEnglishDeputyAsync(Head, Deputy);
        await _bot.SendFileAsync(Head, Dossiers);

        _bot.Clock.SetVietnamTime(new DateTime(2025, 5, 20, 8, 0, 30));
        await _bot.Get<ReminderRunner>().RunDueAsync();

        var vietnamese = await _bot.Api.WaitForMessage(Head, m => m.Text!.Contains("Nhắc việc"));
        Assert.Contains("☀️ <b>Nhắc việc ngày 20/05/2025</b>", vietnamese.Text);
        Assert.Contains("<code>HS-001</code> Cấp giấy phép xây dựng — <b>quá hạn 3 ngày</b>", vietnamese.Text);
        Assert.Contains("<code>HS-002</code> Đăng ký kinh doanh — <b>quá hạn 19 giờ</b>", vietnamese.Text);
        Assert.DoesNotContain("HS-003", vietnamese.Text);
        var english = await _bot.Api.WaitForMessage(Deputy, m => m.Text!.Contains("Reminder for"));
        Assert.Contains("<b>3 days overdue</b>", english.Text);
        Assert.Equal(
            ["digest:2025-05-20:unit:SNV:user:501", "digest:2025-05-20:unit:SNV:user:502"],
            _bot.OutboxKeys("digest:").Order());
    }

    [Fact]
    public async Task Units_with_nothing_late_get_no_digest()
    {
        await _bot.SendFileAsync(OtherHead, "code,procedure,received,due\nTP-1,Lý lịch tư pháp,2025-05-01,2025-06-30\n");

        _bot.Clock.SetVietnamTime(new DateTime(2025, 5, 20, 8, 0, 30));
        await _bot.Get<ReminderRunner>().RunDueAsync();

        Assert.Empty(_bot.OutboxKeys("digest:"));
    }

    [Fact]
    public async Task A_digest_missed_while_down_is_sent_once_when_back_and_never_again()
    {
        await _bot.SendFileAsync(Head, Dossiers);

        await _bot.StopHostAsync();
        _bot.Clock.SetVietnamTime(new DateTime(2025, 5, 19, 10, 0, 0));
        await _bot.StartHostAsync();

        var digest = await _bot.Api.WaitForMessage(Head, m => m.Text!.Contains("Nhắc việc"));
        Assert.Contains("Nhắc việc ngày 19/05/2025", digest.Text);
        Assert.Equal(["digest:2025-05-19:unit:SNV:user:501"], _bot.OutboxKeys("digest:"));

        await _bot.RestartAsync();
        // The slot is remembered as handled (not merely deduplicated by the outbox).
        var again = await _bot.Get<ReminderRunner>().RunDueAsync(ReminderSchedule.Digest, null, CancellationToken.None);

        Assert.Null(again);
        Assert.Equal(new DateTimeOffset(2025, 5, 19, 8, 0, 0, TimeSpan.FromHours(7)), _bot.Get<IReminderSlotLog>().LastHandled(ReminderSchedule.Digest));
        Assert.Single(_bot.OutboxKeys("digest:"));
        Assert.Single(_bot.Api.SentTo(Head), m => m.Text!.Contains("Nhắc việc"));
    }

    [Fact]
    public async Task Asking_twice_at_once_runs_a_slot_once()
    {
        await _bot.SendFileAsync(Head, Dossiers);
        _bot.Clock.SetVietnamTime(new DateTime(2025, 5, 20, 8, 0, 30));
        var runner = _bot.Get<ReminderRunner>();

        var slots = await Task.WhenAll(
            runner.RunDueAsync(ReminderSchedule.Digest, null, CancellationToken.None),
            runner.RunDueAsync(ReminderSchedule.Digest, null, CancellationToken.None));

        Assert.Single(slots, slot => slot is not null);
        Assert.Single(_bot.OutboxKeys("digest:"));
    }

    [Fact]
    public async Task Admins_get_long_overdue_units_and_units_that_missed_the_report_deadline()
    {
        await _bot.SendFileAsync(Head, Dossiers);
        await _bot.ReportAsync(OtherHead, "/report 2025-04 DISCLOSE=100");

        _bot.Clock.SetVietnamTime(new DateTime(2025, 5, 20, 16, 0, 30));
        await _bot.Get<ReminderRunner>().RunDueAsync();

        var escalation = await _bot.Api.WaitForMessage(BotHarness.AdminId, m => m.Text!.Contains("Cảnh báo trễ hạn"));
        Assert.Contains("quá hạn trên 3 ngày:</b>\n• <code>SNV</code> Sở Nội vụ: 1 mục (tổng quá hạn 2)", escalation.Text);
        Assert.Contains("<b>Đơn vị chưa báo cáo tháng 4/2025 (hạn chót 05/05/2025):</b>\n• <code>SNV</code> Sở Nội vụ", escalation.Text);
        Assert.DoesNotContain("STP", escalation.Text);
        Assert.Equal(["escalation:2025-05-20:user:9001"], _bot.OutboxKeys("escalation:"));
    }

    [Fact]
    public async Task Nothing_to_escalate_sends_nothing()
    {
        _bot.Clock.SetVietnamTime(new DateTime(2025, 6, 4, 16, 0, 30));
        await _bot.Get<ReminderRunner>().RunDueAsync();

        Assert.Empty(_bot.OutboxKeys("escalation:"));
    }

    [Fact]
    public async Task Units_that_have_not_reported_the_month_are_reminded_before_the_deadline()
    {
        _bot.Clock.SetVietnamTime(new DateTime(2025, 6, 1, 10, 0, 0));
        await _bot.ReportAsync(OtherHead, "/report 2025-05 ONTIME=490/500");

        _bot.Clock.SetVietnamTime(new DateTime(2025, 6, 3, 9, 0, 30));
        await _bot.Get<ReminderRunner>().RunDueAsync();

        var reminder = await _bot.Api.WaitForMessage(Head, m => m.Text!.Contains("Nhắc báo cáo"));
        Assert.Contains("<b>Sở Nội vụ</b> chưa gửi báo cáo Chỉ số CCHC tháng 5/2025. Hạn chót: ngày 05/06/2025 (còn 2 ngày làm việc).", reminder.Text);
        Assert.Contains("<code>/report 2025-05</code>", reminder.Text);
        Assert.Equal(["report:2025-05:2025-06-03:unit:SNV:user:501"], _bot.OutboxKeys("report:"));
    }

    [Fact]
    public async Task Schedule_shows_each_cron_and_its_next_times_in_local_time()
    {
        var schedule = await _bot.SayAsync(BotHarness.AdminId, "/schedule");

        Assert.Contains("múi giờ Asia/Ho_Chi_Minh", schedule.Text);
        Assert.Contains("8:00 sáng các ngày làm việc (<code>Reminders:DigestCron</code>)", schedule.Text);
        Assert.Contains("Lần tới: thứ Hai 19/05/2025 08:00; thứ Ba 20/05/2025 08:00; thứ Tư 21/05/2025 08:00", schedule.Text);
        Assert.Contains("9:00 sáng ngày 3 và 5 hằng tháng (<code>Reminders:ReportReminderCron</code>)", schedule.Text);
        Assert.Contains("Lần tới: thứ Ba 03/06/2025 09:00; thứ Năm 05/06/2025 09:00", schedule.Text);
        Assert.Contains("16:00 chiều hằng ngày (<code>Reminders:EscalationCron</code>)", schedule.Text);
        Assert.Contains("Lần tới: thứ Hai 19/05/2025 16:00", schedule.Text);
        Assert.Contains("Không nhắc vào 0 ngày nghỉ lễ, Tết khai báo trong <code>Calendar:Holidays</code>.", schedule.Text);
        Assert.DoesNotContain("MON-FRI", schedule.Text);
        Assert.Contains("Chỉ cán bộ Sở Nội vụ", (await _bot.SayAsync(Head, "/schedule")).Text);
    }
}
