using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Par.Bot.Health;
using Par.Bot.Tests.Fakes;
using Par.Bot.Tests.Hosting;
using Par.Core.Storage;

namespace Par.Bot.Tests.Health;

/// <summary>/healthz and /readyz through the running host, as a container orchestrator or a load balancer probes them.</summary>
public sealed class HealthTests
{
    private const long User = 71;

    [Fact]
    public async Task Healthy_host_is_live_and_ready_and_lists_each_check()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SayAsync(User, "/help", "en");

        var (liveStatus, _) = await GetAsync(bot, "/healthz");
        var (readyStatus, ready) = await GetAsync(bot, "/readyz");

        Assert.Equal(HttpStatusCode.OK, liveStatus);
        Assert.Equal(HttpStatusCode.OK, readyStatus);
        Assert.Equal("Healthy", ready.GetProperty("status").GetString());
        Assert.Equal(["backup", "outbox", "store", "updates"], Checks(ready).Keys.Order());
        Assert.All(Checks(ready).Values, status => Assert.Equal("Healthy", status));
    }

    [Fact]
    public async Task Closed_store_makes_the_host_not_ready_but_still_live()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SayAsync(User, "/help", "en");

        bot.Get<ParDatabase>().Dispose();
        var (readyStatus, ready) = await GetAsync(bot, "/readyz");
        var (liveStatus, _) = await GetAsync(bot, "/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, readyStatus);
        Assert.Equal("Unhealthy", Checks(ready)["store"]);
        Assert.Equal(HttpStatusCode.OK, liveStatus);
    }

    [Fact]
    public async Task Reply_that_cannot_leave_for_longer_than_the_limit_makes_the_host_not_ready()
    {
        var clock = new TestClock();
        await using var bot = await BotHarness.StartAsync(new Dictionary<string, string?> { ["Health:OutboxMaxAgeMinutes"] = "10" }, clock);
        bot.Api.Faults = call => call.Method == "sendMessage" ? FakeFault.InternalServerError() : null;
        bot.Api.SendText(User, "/help", "en");
        await Eventually.Until(() => bot.Api.Calls.Any(c => c.Method == "sendMessage"), "the reply tried");

        var (freshStatus, _) = await GetAsync(bot, "/readyz");
        clock.Advance(TimeSpan.FromMinutes(11));
        var polled = bot.Api.Calls.Count(c => c.Method == "getUpdates");
        // The poll after the jump says the update flow is fine, so only the outbox is to blame.
        await Eventually.Until(() => bot.Api.Calls.Count(c => c.Method == "getUpdates") > polled + 1, "a poll after the jump");
        var (stuckStatus, stuck) = await GetAsync(bot, "/readyz");

        Assert.Equal(HttpStatusCode.OK, freshStatus);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, stuckStatus);
        Assert.Equal("Unhealthy", Checks(stuck)["outbox"]);
        Assert.Equal("Healthy", Checks(stuck)["updates"]);
        Assert.Contains("waited 11 min", Description(stuck, "outbox"));
    }

    [Fact]
    public async Task Host_is_not_ready_once_the_Bot_API_stops_answering_polls()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SayAsync(User, "/help", "en");
        bot.Api.Faults = _ => FakeFault.ConnectionRefused();
        var (before, _) = await GetAsync(bot, "/readyz");
        bot.Clock.Advance(TimeSpan.FromMinutes(10));

        var (status, ready) = await GetAsync(bot, "/readyz");

        Assert.Equal(HttpStatusCode.OK, before);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", Checks(ready)["updates"]);
    }

    [Fact]
    public async Task Healthcheck_mode_exits_0_for_a_ready_bot_and_1_when_nothing_answers()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SayAsync(User, "/help", "en");
        var output = new StringWriter();
        var address = bot.WebAddress.ToString();

        var ready = await HealthProbe.RunAsync(Settings(address), output);
        await bot.StopHostAsync();
        var gone = await HealthProbe.RunAsync(Settings(address), output);

        Assert.Equal(0, ready);
        Assert.Equal(1, gone);
        Assert.Contains("does not answer", output.ToString());
    }

    private static IConfiguration Settings(string urls) =>
        new ConfigurationBuilder().AddInMemoryCollection([new("Web:Urls", urls)]).Build();

    internal static async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(BotHarness bot, string path)
    {
        using var http = new HttpClient { BaseAddress = bot.WebAddress };
        using var response = await http.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(body).RootElement.Clone());
    }

    private static Dictionary<string, string> Checks(JsonElement report) =>
        report.GetProperty("checks").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("status").GetString()!);

    private static string Description(JsonElement report, string check) =>
        report.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == check).GetProperty("description").GetString()!;
}
