using System.Diagnostics;
using Par.Bot.Tests.Fakes;

namespace Par.Bench.Figures;

/// <summary>Cold start of the bot process to its first getUpdates, and its resident memory once idle.</summary>
public sealed class ColdStartBenchmark : IBenchmark
{
    public string Name => "startup";

    public async Task<IReadOnlyList<Figure>> RunAsync(int runs)
    {
        var starts = new List<double>();
        var idle = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            await using var api = await FakeBotApi.StartAsync();
            var directory = Directory.CreateTempSubdirectory("par-bench-");
            await using (var bot = new BotProcess(api.Token, api.BaseUrl, Path.Combine(directory.FullName, "par.db")))
            {
                var clock = Stopwatch.StartNew();
                bot.Start();
                while (!api.Calls.Any(c => c.Method == "getUpdates"))
                    await Task.Delay(5);
                starts.Add(clock.Elapsed.TotalMilliseconds);
                await Task.Delay(TimeSpan.FromSeconds(3));
                idle.Add(bot.ResidentMegabytes());
            }
            directory.Delete(recursive: true);
        }
        var start = Stats.Median(starts);
        var memory = Stats.Median(idle);
        return
        [
            new Figure("cold start to first getUpdates", start, "ms", "< 2000 ms", start < 2000),
            new Figure("resident memory, idle after start", memory, "MB", "< 120 MB", memory < 120),
        ];
    }
}
