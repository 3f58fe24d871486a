using System.Diagnostics;
using Par.Bot.Tests.Hosting;

namespace Par.Bench.Figures;

/// <summary>
/// 200 users talk to the real host through the fake Bot API. Capacity: every user sends a command at once,
/// in rounds, and we count replies per second. Latency: the same users send 500 updates/s spread evenly,
/// and we time each update from arrival at the fake to its reply. Telegram's sending limits are lifted:
/// this measures Par, not Telegram's pacing.
/// </summary>
public sealed class UpdateThroughputBenchmark : IBenchmark
{
    private const int Users = 200;
    private const int Rounds = 5;
    private const int PacedRate = 500;
    private static readonly TimeSpan PacedDuration = TimeSpan.FromSeconds(4);

    public string Name => "updates";

    public async Task<IReadOnlyList<Figure>> RunAsync(int runs)
    {
        var rates = new List<double>();
        var burstP99s = new List<double>();
        var p50s = new List<double>();
        var p99s = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            await using var bot = await StartAsync();
            var (rate, burst) = await BurstAsync(bot);
            rates.Add(rate);
            burstP99s.Add(Stats.Percentile(burst, 99));
            var paced = await PacedAsync(bot);
            p50s.Add(Stats.Percentile(paced, 50));
            p99s.Add(Stats.Percentile(paced, 99));
        }
        var medianRate = Stats.Median(rates);
        var p99 = Stats.Median(p99s);
        return
        [
            new Figure("updates handled per second", medianRate, "updates/s", "≥ 500/s", medianRate >= 500, $"{Users} users sending at once, {Rounds} rounds"),
            new Figure("update → reply p50 at 500 updates/s", Stats.Median(p50s), "ms", "—", true, $"{Users} users, evenly paced"),
            new Figure("update → reply p99 at 500 updates/s", p99, "ms", "< 50 ms", p99 < 50, $"{Users} users, evenly paced"),
            new Figure("update → reply p99 in a 200-update burst", Stats.Median(burstP99s), "ms", "—", true, "the last of 200 simultaneous updates waits for the 199 before it"),
        ];
    }

    /// <summary>The host with Telegram's sending limits lifted, warmed by one /help; <paramref name="settings"/> add to them.</summary>
    internal static async Task<BotHarness> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Sending:MessagesPerSecond"] = "10000",
            ["Sending:PerChatIntervalMs"] = "0",
            ["Sending:MaxInFlight"] = "64",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            all[key] = value;
        var bot = await BotHarness.StartAsync(all);
        await bot.SayAsync(1, "/help");
        return bot;
    }

    private static async Task<(double Rate, List<double> Latencies)> BurstAsync(BotHarness bot)
    {
        var latencies = new List<double>();
        var busy = TimeSpan.Zero;
        for (var round = 0; round < Rounds; round++)
        {
            bot.Api.Clear();
            var sentAt = new Dictionary<long, DateTimeOffset>();
            var clock = Stopwatch.StartNew();
            for (long user = 1000; user < 1000 + Users; user++)
            {
                sentAt[user] = bot.Clock.GetUtcNow();
                bot.Api.SendText(user, "/help");
            }
            await Eventually.Until(() => bot.Api.AllSent.Count >= Users, "all replies", TimeSpan.FromSeconds(60));
            busy += clock.Elapsed;
            latencies.AddRange(bot.Api.AllSent.Select(m => (m.At - sentAt[m.ChatId]).TotalMilliseconds));
        }
        return (Users * Rounds / busy.TotalSeconds, latencies);
    }

    /// <summary>500 updates/s from 200 users for 4 s; each update's time from arrival at the fake to its reply.</summary>
    internal static async Task<List<double>> PacedAsync(BotHarness bot)
    {
        bot.Api.Clear();
        var total = (int)(PacedRate * PacedDuration.TotalSeconds);
        var sentAt = new Dictionary<(long, int), DateTimeOffset>();
        var clock = Stopwatch.StartNew();
        using var tick = new PeriodicTimer(TimeSpan.FromMilliseconds(5));
        for (var i = 0; i < total; await tick.WaitForNextTickAsync())
        {
            // Send what is due by now: 500/s in small steps, without spinning a core.
            for (; i < total && i < clock.Elapsed.TotalSeconds * PacedRate; i++)
            {
                var user = 1000 + i % Users;
                sentAt[(user, i / Users)] = bot.Clock.GetUtcNow();
                bot.Api.SendText(user, "/help");
            }
        }
        await Eventually.Until(() => bot.Api.AllSent.Count >= total, "all replies", TimeSpan.FromSeconds(60));
        return bot.Api.AllSent.GroupBy(m => m.ChatId)
            .SelectMany(chat => chat.OrderBy(m => m.Sequence).Select((m, n) => (m.At - sentAt[(chat.Key, n)]).TotalMilliseconds))
            .ToList();
    }
}
