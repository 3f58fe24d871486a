using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Par.Bot.Hosting;
using Par.Bot.Tests.Dossiers;
using Par.Bot.Tests.Hosting;

namespace Par.Bot.Tests.Reminders;

public sealed class ScheduleSettingsTests
{
    [Fact]
    public async Task Schedules_come_from_configuration()
    {
        await using var bot = await Province.StartAsync(new Dictionary<string, string?> { ["Reminders:DigestCron"] = "0 30 6 ? * MON-SAT" });

        var schedule = await bot.SayAsync(BotHarness.AdminId, "/schedule", "en");

        Assert.Contains("<code>Reminders:DigestCron</code> = <code>0 30 6 ? * MON-SAT</code>", schedule.Text);
        Assert.Contains("Next: Tue 20/05/2025 06:30; Wed 21/05/2025 06:30", schedule.Text);
    }

    [Fact]
    public async Task A_bad_cron_stops_the_host_with_one_line_naming_the_key()
    {
        using var host = ParHost.Build([], builder => builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Telegram:Token"] = "123:TEST",
            ["Storage:Path"] = Path.Combine(Path.GetTempPath(), "par-tests", Guid.NewGuid().ToString("N"), "par.db"),
            ["Reminders:DigestCron"] = "every morning",
        }));

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => ParHost.ValidateAsync(host.Services));

        Assert.Contains(failure.Failures, f => f.StartsWith("Reminders:DigestCron 'every morning' is not a valid cron expression", StringComparison.Ordinal));
    }
}
