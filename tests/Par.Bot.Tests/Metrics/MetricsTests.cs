using Par.Bot.Handlers.Broadcasts;
using Par.Bot.Tests.Hosting;
using Par.Core.Broadcasts;
using static Par.Bot.Tests.Broadcasts.BroadcastSteps;

namespace Par.Bot.Tests.Metrics;

/// <summary>/metrics through the running host, as Prometheus scrapes it.</summary>
[Collection(MetricsCollection.Name)]
public sealed class MetricsTests
{
    private const long User = 81;
    private const string Announcement = "Họp giao ban trực tuyến lúc 14h";
    private const long Admin = BotHarness.AdminId;

    [Fact]
    public async Task Handling_help_moves_the_update_handler_and_send_counters()
    {
        await using var bot = await BotHarness.StartAsync();
        var before = await ScrapeAsync(bot);

        await bot.SayAsync(User, "/help", "en");
        // The send is counted once Telegram has answered, a moment after the fake saw the message.
        await EventuallyAsync(bot, after => Sum(after, "par_sends_total", "outcome=\"ok\"") > Sum(before, "par_sends_total", "outcome=\"ok\""));
        var after = await ScrapeAsync(bot);

        Assert.Equal(1, Sum(after, "par_updates_received_total", "kind=\"message\"") - Sum(before, "par_updates_received_total", "kind=\"message\""));
        Assert.Equal(1, Sum(after, "par_updates_handled_total", "kind=\"message\"", "outcome=\"handled\"")
            - Sum(before, "par_updates_handled_total", "kind=\"message\"", "outcome=\"handled\""));
        Assert.Equal(1, Sum(after, "par_handler_duration_seconds_count", "command=\"help\""));
        // The reply, stored and then sent, leaves the outbox empty again.
        await EventuallyAsync(bot, samples => Sum(samples, "par_outbox_depth") == 0);
    }

    [Fact]
    public async Task Broadcast_counts_its_sends_and_no_label_carries_user_text_or_ids()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Seed("XA-01", "commune", Head(3101), Deputy(3102), Deputy(3103));
        var progress = await bot.SayNowAsync(Admin, "/broadcast status");
        var before = await ScrapeAsync(bot);

        bot.Get<BroadcastLauncher>().Launch(new BroadcastRequest
        {
            Id = BroadcastKeys.NewId(),
            AdminChatId = Admin,
            Html = Announcement,
            Summary = Announcement,
            Audience = new BroadcastAudience { Scope = AudienceScope.All },
            ProgressMessageId = progress.MessageId,
        });
        await bot.WaitForReportAsync();
        await EventuallyAsync(bot, after => Sum(after, "par_sends_total", "outcome=\"ok\"") - Sum(before, "par_sends_total", "outcome=\"ok\"") >= 3);
        var text = await ScrapeTextAsync(bot);

        Assert.Equal(0, Sum(PrometheusText.Parse(text), "par_broadcasts_in_progress"));
        Assert.DoesNotContain("3101", text);
        Assert.DoesNotContain("14h", text);
        Assert.DoesNotContain(Admin.ToString(System.Globalization.CultureInfo.InvariantCulture), text);
    }

    [Fact]
    public async Task Command_a_user_makes_up_is_not_a_label()
    {
        await using var bot = await BotHarness.StartAsync();

        await bot.SayAsync(User, "/xin_chao_ban_oi", "en");
        var text = await ScrapeTextAsync(bot);

        Assert.DoesNotContain("xin_chao", text);
        Assert.Equal(1, Sum(PrometheusText.Parse(text), "par_handler_duration_seconds_count", "command=\"unknown_command\""));
    }

    [Fact]
    public async Task Metrics_can_be_switched_off()
    {
        await using var bot = await BotHarness.StartAsync(new Dictionary<string, string?> { ["Metrics:Enabled"] = "false" });
        using var http = new HttpClient { BaseAddress = bot.WebAddress };

        using var response = await http.GetAsync("/metrics");

        // 405 rather than 404: the webhook's catch-all POST route matches every path.
        Assert.False(response.IsSuccessStatusCode);
        Assert.DoesNotContain("par_", await response.Content.ReadAsStringAsync());
    }

    private static double Sum(IReadOnlyDictionary<string, double> samples, string name, params string[] labels) =>
        PrometheusText.Sum(samples, name, labels);

    private static async Task<IReadOnlyDictionary<string, double>> ScrapeAsync(BotHarness bot) => PrometheusText.Parse(await ScrapeTextAsync(bot));

    private static async Task<string> ScrapeTextAsync(BotHarness bot)
    {
        using var http = new HttpClient { BaseAddress = bot.WebAddress };
        return await http.GetStringAsync("/metrics");
    }

    private static async Task EventuallyAsync(BotHarness bot, Func<IReadOnlyDictionary<string, double>, bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!condition(await ScrapeAsync(bot)))
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException("The metrics did not move");
            await Task.Delay(50);
        }
    }
}
