using Par.Bot.Jobs;
using Par.Bot.Tests.Dossiers;
using Par.Bot.Tests.Hosting;

namespace Par.Bot.Tests.Journeys;

/// <summary>
/// Tết 2026 (Saturday 14/02 to Sunday 22/02) in a province whose report is due on the 16th: no digest and no
/// escalation on the holiday, the digest resumes on the first working day, and the report deadline that falls in
/// Tết moves to Monday 23/02 and is counted in working days.
/// </summary>
public sealed class TetWeekJourney : IAsyncLifetime
{
    private const long Head = 501;
    private const long OtherHead = 601;

    private const string Dossiers =
        "code,procedure,received,due,status\n" +
        "HS-001,Cấp giấy phép xây dựng,02/02/2026 08:00,10/02/2026 17:00,Đang xử lý\n";

    private BotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Reminders:ReportDeadlineDay"] = "16",
            ["Reminders:ReportReminderCron"] = "0 0 9 13 * ?",
        };
        for (var day = 14; day <= 22; day++)
            settings[$"Calendar:Holidays:{day - 14}"] = $"2026-02-{day:00}";
        _bot = await BotHarness.StartAsync(settings, new TestClock(new DateTimeOffset(2026, 2, 12, 7, 0, 0, TimeSpan.FromHours(7))));
        await _bot.AddUnitAsync("SNV", "Sở Nội vụ");
        await _bot.AddUnitAsync("STP", "Sở Tư pháp");
        await _bot.JoinAsHeadAsync(Head, "SNV");
        await _bot.JoinAsHeadAsync(OtherHead, "STP");
        await _bot.SendFileAsync(Head, Dossiers);
        await _bot.ReportAsync(OtherHead, "/report 2026-01 DISCLOSE=100");
        await _bot.Get<ReminderRunner>().RunDueAsync();
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Digests_skip_the_holiday_and_resume_on_the_first_working_day()
    {
        foreach (var day in new[] { 13, 16, 17, 18, 19, 20, 23 })
        {
            _bot.Clock.SetVietnamTime(new DateTime(2026, 2, day, 8, 0, 30));
            await _bot.Get<ReminderRunner>().RunDueAsync();
        }

        Assert.Equal(["digest:2026-02-13:unit:SNV:user:501", "digest:2026-02-23:unit:SNV:user:501"], _bot.OutboxKeys("digest:").Order());
        Assert.DoesNotContain(_bot.OutboxKeys("digest:"), key => key.Contains("STP"));
    }

    [Fact]
    public async Task A_report_deadline_in_tet_moves_to_the_next_working_day_and_is_counted_in_working_days()
    {
        _bot.Clock.SetVietnamTime(new DateTime(2026, 2, 13, 9, 0, 30));
        await _bot.Get<ReminderRunner>().RunDueAsync();

        var reminder = await _bot.Api.WaitForMessage(Head, m => m.Text!.Contains("Nhắc báo cáo"));
        Assert.Contains("Hạn chót: ngày 23/02/2026 (còn 1 ngày làm việc)", reminder.Text);
        Assert.Equal(["report:2026-01:2026-02-13:unit:SNV:user:501"], _bot.OutboxKeys("report:"));
    }

    [Fact]
    public async Task Escalation_waits_for_the_moved_deadline_and_skips_the_holiday()
    {
        foreach (var day in new[] { 17, 20 })
        {
            _bot.Clock.SetVietnamTime(new DateTime(2026, 2, day, 16, 0, 30));
            await _bot.Get<ReminderRunner>().RunDueAsync();
        }

        Assert.Empty(_bot.OutboxKeys("escalation:"));

        _bot.Clock.SetVietnamTime(new DateTime(2026, 2, 24, 16, 0, 30));
        await _bot.Get<ReminderRunner>().RunDueAsync();

        var escalation = await _bot.Api.WaitForMessage(BotHarness.AdminId, m => m.Text!.Contains("Cảnh báo trễ hạn"));
        Assert.Contains("(hạn chót 23/02/2026):</b>\n• <code>SNV</code> Sở Nội vụ", escalation.Text);
        Assert.DoesNotContain("STP", escalation.Text);
    }
}
