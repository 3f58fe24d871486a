using Par.Bot.Jobs;
using Par.Bot.Tests.Dossiers;
using Par.Bot.Tests.Hosting;
using Quartz;

namespace Par.Bot.Tests.Reminders;

public sealed class QuartzJobTests : IAsyncLifetime
{
    private const long Head = 501;
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await Province.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData(ReminderSchedule.Digest, "2025-05-19T01:00:00Z")]
    [InlineData(ReminderSchedule.ReportReminder, "2025-06-03T02:00:00Z")]
    [InlineData(ReminderSchedule.Escalation, "2025-05-19T09:00:00Z")]
    public async Task Each_schedule_is_a_cron_trigger_in_the_provinces_zone_on_the_injected_clock(string name, string nextFireUtc)
    {
        var scheduler = await _bot.Get<ISchedulerFactory>().GetScheduler();

        var trigger = Assert.IsAssignableFrom<ICronTrigger>(await scheduler.GetTrigger(new TriggerKey(name)));

        Assert.Equal("Asia/Ho_Chi_Minh", trigger.TimeZone.Id);
        Assert.Equal(DateTimeOffset.Parse(nextFireUtc, System.Globalization.CultureInfo.InvariantCulture), trigger.NextFireTimeUtc);
    }

    [Fact]
    public async Task Triggering_the_digest_job_sends_the_due_digest()
    {
        await _bot.AddUnitAsync("SNV", "Sở Nội vụ");
        await _bot.JoinAsHeadAsync(Head, "SNV");
        await _bot.SendFileAsync(Head, "code,procedure,received,due\nHS-1,Cấp phép,2025-05-01,2025-05-16\n");
        _bot.Clock.SetVietnamTime(new DateTime(2025, 5, 20, 8, 0, 30));

        var scheduler = await _bot.Get<ISchedulerFactory>().GetScheduler();
        await scheduler.TriggerJob(new JobKey(ReminderSchedule.Digest), new JobDataMap(), CancellationToken.None);

        var digest = await _bot.Api.WaitForMessage(Head, m => m.Text!.Contains("Nhắc việc"));
        Assert.Contains("HS-1", digest.Text);
    }
}
