using Par.Bot.Tests.Hosting;

namespace Par.Bench.Figures;

/// <summary>
/// Update → reply at 500 updates/s through the host, as in <see cref="UpdateThroughputBenchmark"/>: by long polling,
/// by webhook (the fake posts each update to the bot, one chat at a time, up to 40 at once), and by webhook with
/// metrics switched off, whose difference is what metrics cost.
/// </summary>
public sealed class WebhookBenchmark : IBenchmark
{
    public string Name => "webhook";

    public async Task<IReadOnlyList<Figure>> RunAsync(int runs)
    {
        var polling = new Samples();
        var webhook = new Samples();
        var bare = new Samples();
        // Interleaved, run by run, so a change in the machine's load falls on all three alike.
        for (var run = 0; run < runs; run++)
        {
            await polling.MeasureAsync([]);
            await webhook.MeasureAsync(BotHarness.WebhookSettings());
            await bare.MeasureAsync(new Dictionary<string, string?>(BotHarness.WebhookSettings()) { ["Metrics:Enabled"] = "false" });
        }
        var cost = (webhook.P50 - bare.P50) / bare.P50 * 100;
        return
        [
            new Figure("polling: update → reply p50 at 500 updates/s", polling.P50, "ms", "—", true, "200 users, evenly paced"),
            new Figure("polling: update → reply p99 at 500 updates/s", polling.P99, "ms", "< 50 ms", polling.P99 < 50, "200 users, evenly paced"),
            new Figure("webhook: update → reply p50 at 500 updates/s", webhook.P50, "ms", "—", true, "200 users, evenly paced; max_connections 40"),
            new Figure("webhook: update → reply p99 at 500 updates/s", webhook.P99, "ms", "< 50 ms", webhook.P99 < 50, "200 users, evenly paced; max_connections 40"),
            new Figure("webhook without metrics: p50", bare.P50, "ms", "—", true, "Metrics:Enabled=false"),
            new Figure("cost of metrics on the webhook p50", cost, "%", "< 5 %", cost < 5, $"p99 {webhook.P99:0.##} ms with, {bare.P99:0.##} ms without"),
        ];
    }

    /// <summary>One variant's p50 and p99 over its runs.</summary>
    private sealed class Samples
    {
        private readonly List<double> _p50s = [];
        private readonly List<double> _p99s = [];

        public double P50 => Stats.Median(_p50s);
        public double P99 => Stats.Median(_p99s);

        public async Task MeasureAsync(Dictionary<string, string?> settings)
        {
            await using var bot = await UpdateThroughputBenchmark.StartAsync(settings);
            var latencies = await UpdateThroughputBenchmark.PacedAsync(bot);
            _p50s.Add(Stats.Percentile(latencies, 50));
            _p99s.Add(Stats.Percentile(latencies, 99));
        }
    }
}
