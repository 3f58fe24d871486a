using System.Diagnostics;
using System.Text;
using Par.Bot.Tests.Hosting;
using Par.Core.Units;

namespace Par.Bench.Figures;

/// <summary>
/// An admin sends a units CSV of 100 000 rows (2.9 MB) through the running host, while ten other people each send
/// /help every 100 ms and wait for the reply: how long until the import is answered, and how long /help waits meanwhile.
/// </summary>
public sealed class UnitImportBenchmark : IBenchmark
{
    private const int Rows = 100_000;
    private const int Bystanders = 10;
    private const long Admin = BotHarness.AdminId;
    private static readonly TimeSpan QuietPhase = TimeSpan.FromSeconds(5);

    public string Name => "unit-import";

    public async Task<IReadOnlyList<Figure>> RunAsync(int runs)
    {
        var durations = new List<double>();
        var p99s = new List<double>();
        var quietP99s = new List<double>();
        var asked = new List<double>();
        for (var run = 0; run < Math.Min(runs, 3); run++)
        {
            var (seconds, replies, quiet) = await RunOnceAsync();
            durations.Add(seconds);
            p99s.Add(Stats.Percentile(replies, 99));
            quietP99s.Add(Stats.Percentile(quiet, 99));
            asked.Add(replies.Count);
        }
        var duration = Stats.Median(durations);
        var p99 = Stats.Median(p99s);
        var quietP99 = Stats.Median(quietP99s);
        return
        [
            new Figure("100 000-row units import: file sent → answered", duration, "s", "< 60 s", duration < 60,
                $"{Rows} new units, one bulk transaction; was > 600 s unanswered"),
            new Figure("/help p99 during the 100 000-row import", p99, "ms", "< 100 ms", p99 < 100,
                $"{Bystanders} people each asking every 100 ms, {Stats.Median(asked):0} replies per run"),
            new Figure("/help p99, same askers, no import running", quietP99, "ms", "—", true,
                $"the {QuietPhase.TotalSeconds:0} s before the file is sent: what the machine gives without the import"),
        ];
    }

    private static async Task<(double Seconds, List<double> Replies, List<double> Quiet)> RunOnceAsync()
    {
        await using var bot = await BotHarness.StartAsync();
        var csv = Encoding.UTF8.GetBytes("code,name,group\n" + string.Concat(Enumerable.Range(1, Rows).Select(i => $"U{i:D6},Đơn vị số {i},commune\n")));
        // Each asker's first /help also sets their command menu: not what is measured.
        await Task.WhenAll(Enumerable.Range(1, Bystanders).Select(i => bot.SayAsync(500 + i, "/help")));
        using var quiet = new CancellationTokenSource(QuietPhase);
        var quietReplies = (await Task.WhenAll(Enumerable.Range(1, Bystanders).Select(i => AskAsync(bot, 500 + i, quiet.Token)))).SelectMany(r => r).ToList();
        using var importing = new CancellationTokenSource();
        var watch = Stopwatch.StartNew();
        bot.Api.SendDocument(Admin, csv, "don-vi.csv");
        var bystanders = Enumerable.Range(1, Bystanders).Select(i => AskAsync(bot, 500 + i, importing.Token)).ToList();
        var answer = await bot.Api.ImportAnswerAsync(Admin, TimeSpan.FromMinutes(10));
        var seconds = watch.Elapsed.TotalSeconds;
        await importing.CancelAsync();
        var replies = (await Task.WhenAll(bystanders)).SelectMany(r => r).ToList();
        if (bot.Get<IUnitStore>().List().Count != Rows || !answer[0].Text!.Contains("100000", StringComparison.Ordinal))
            throw new InvalidOperationException($"The import did not store {Rows} units: {answer[0].Text}");
        return (seconds, replies, quietReplies);
    }

    private static async Task<List<double>> AskAsync(BotHarness bot, long userId, CancellationToken stop)
    {
        var replies = new List<double>();
        while (!stop.IsCancellationRequested)
        {
            var asked = Stopwatch.StartNew();
            await bot.SayAsync(userId, "/help");
            replies.Add(asked.Elapsed.TotalMilliseconds);
            var pause = TimeSpan.FromMilliseconds(100) - asked.Elapsed;
            if (pause > TimeSpan.Zero)
                await Task.Delay(pause, CancellationToken.None);
        }
        return replies;
    }
}
