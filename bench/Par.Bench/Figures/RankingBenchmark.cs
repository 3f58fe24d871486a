using System.Diagnostics;
using Par.Bot.Tests.Hosting;
using Par.Core.Indicators;
using Par.Core.Ranking;
using Par.Core.Reports;
using Par.Core.Units;

namespace Par.Bench.Figures;

/// <summary>
/// Ranking a group of 10 000 units × 8 indicators from the LiteDB store (the first call after opening the store,
/// and warm calls), and /rank end to end: an admin's update through the fake Bot API, the running host, the outbox
/// and back to the fake.
/// </summary>
public sealed class RankingBenchmark : IBenchmark
{
    private const int Units = 10_000;

    public string Name => "ranking";

    public async Task<IReadOnlyList<Figure>> RunAsync(int runs)
    {
        var cold = new List<double>();
        var warm = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var directory = Directory.CreateTempSubdirectory("par-bench-rank-");
            var (ranking, database) = RankingSandbox.Open(Path.Combine(directory.FullName, "par.db"), Units);
            using (database)
            {
                cold.Add(Time(() => ranking.Rank(RankingSandbox.Group, RankingSandbox.Period)));
                for (var i = 0; i < 10; i++)
                    warm.Add(Time(() => ranking.Rank(RankingSandbox.Group, RankingSandbox.Period)));
            }
            directory.Delete(recursive: true);
        }
        var endToEnd = await RankThroughHostAsync(runs * 10);
        var warmMedian = Stats.Median(warm);
        var e2e = Stats.Median(endToEnd);
        return
        [
            new Figure("rank 10 000 units × 8 indicators from the store", warmMedian, "ms", "< 50 ms", warmMedian < 50, "warm: the service has ranked once since the store opened"),
            new Figure("rank 10 000 units, first call after opening the store", Stats.Median(cold), "ms", "—", true, "reads and parses the period's values"),
            new Figure("/rank end to end through the host", e2e, "ms", "< 20 ms", e2e < 20, "80-unit group, one admin asking every 0.1 s; update in at the fake → reply out at the fake"),
            new Figure("/rank end to end, 10 000-unit group", Stats.Median(await RankThroughHostAsync(10, Units)), "ms", "—", true, "ranks this period and the previous one"),
        ];
    }

    private static double Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed.TotalMilliseconds;
    }

    /// <summary>An admin asks /rank repeatedly; each time from sending the update to the reply reaching the fake.</summary>
    private static async Task<List<double>> RankThroughHostAsync(int times, int units = 80)
    {
        await using var bot = await BotHarness.StartAsync();
        RankingSandbox.Fill(bot.Get<IUnitStore>(), bot.Get<IReportStore>(), bot.Get<IndicatorCatalog>(), units);
        var question = $"/rank U00042 {RankingSandbox.Period}";
        await bot.SayAsync(BotHarness.AdminId, question);
        var latencies = new List<double>();
        for (var i = 0; i < times; i++)
        {
            var sent = bot.Clock.GetUtcNow();
            var reply = await bot.SayAsync(BotHarness.AdminId, question);
            if (!reply.Text!.Contains("U00042", StringComparison.Ordinal) && !reply.Text.Contains("Xã", StringComparison.Ordinal))
                throw new InvalidOperationException($"Unexpected answer: {reply.Text}");
            latencies.Add((reply.At - sent).TotalMilliseconds);
            // One person asking now and then: the gateway spaces sends 1/25 s apart, which is not what this measures.
            await Task.Delay(100);
        }
        return latencies;
    }
}
