using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Par.Bot.Hosting;
using Par.Bot.Telegram.Sending;

namespace Par.Bot.Tests.Hosting;

public sealed class SendingSettingsTests
{
    [Fact]
    public async Task Sending_section_sets_the_limits_without_a_warning()
    {
        var (options, logs) = await StartAsync("--Sending:MessagesPerSecond=7", "--Sending:MaxInFlight=3");

        Assert.Equal((7, 3), (options.MessagesPerSecond, options.MaxInFlight));
        Assert.DoesNotContain(logs.Lines, line => line.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task Old_broadcast_keys_still_bind_and_warn_at_start_naming_the_new_key()
    {
        var (options, logs) = await StartAsync("--Broadcast:MessagesPerSecond=7", "--Broadcast:PerChatIntervalMs=250", "--Broadcast:StatusCount=4");

        Assert.Equal((7, 250), (options.MessagesPerSecond, options.PerChatIntervalMs));
        var warnings = logs.Lines.Where(line => line.Level == LogLevel.Warning).Select(line => line.Message).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.Contains(warnings, w => w.Contains("Broadcast:MessagesPerSecond", StringComparison.Ordinal) && w.Contains("Sending:MessagesPerSecond", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("Broadcast:PerChatIntervalMs", StringComparison.Ordinal) && w.Contains("Sending:PerChatIntervalMs", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bad_value_under_the_old_key_still_stops_the_host()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync("--Broadcast:MessagesPerSecond=0"));

        Assert.Contains("MessagesPerSecond", error.Failures.Single());
    }

    [Theory]
    [InlineData("30", "30")]
    [InlineData("10", "12")]
    public async Task A_reply_reserve_that_leaves_bulk_mail_no_place_stops_the_host_naming_the_key(string perSecond, string reserve)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync($"--Sending:MessagesPerSecond={perSecond}", $"--Sending:ReplyReserve={reserve}"));

        Assert.StartsWith("Sending:ReplyReserve: must be below Sending:MessagesPerSecond", error.Failures.Single());
    }

    [Fact]
    public async Task The_shipped_settings_send_30_a_second_and_keep_3_for_replies()
    {
        var (options, _) = await StartAsync();

        Assert.Equal((30, 3), (options.MessagesPerSecond, options.ReplyReserve));
    }

    /// <summary>Builds the real host on the shipped appsettings.json plus the given arguments and runs the start-up checks.</summary>
    private static async Task<(SendingOptions Options, LogCapture Logs)> StartAsync(params string[] settings)
    {
        var logs = new LogCapture();
        var storage = Path.Combine(Path.GetTempPath(), "par-tests", Guid.NewGuid().ToString("N"), "par.db");
        using var host = ParHost.Build(["--Telegram:Token=123:abc", "--Bot:AdminIds:0=9001", $"--Storage:Path={storage}", .. settings], builder => builder.Logging.AddProvider(logs));
        await ParHost.ValidateAsync(host.Services);
        return (host.Services.GetRequiredService<IOptions<SendingOptions>>().Value, logs);
    }
}
