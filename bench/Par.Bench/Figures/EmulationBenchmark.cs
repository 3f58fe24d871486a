using System.Diagnostics;
using Par.Bot.Tests.Hosting;
using Par.Core.Indicators;
using Par.Core.Reports;
using Par.Core.Tasks;
using Par.Core.Units;

namespace Par.Bench.Figures;

/// <summary>
/// The task register at size: <c>/emulation</c> for 500 units with 20 000 tasks due in the month, end to end through
/// the host (update in at the fake → the table's first part out at the fake), and the status of 100 000 tasks at T.
/// </summary>
public sealed class EmulationBenchmark : IBenchmark
{
    private const int Units = 500;
    private const int Tasks = 20_000;
    private const int StatusTasks = 100_000;

    public string Name => "emulation";

    public async Task<IReadOnlyList<Figure>> RunAsync(int runs)
    {
        var table = Stats.Median(await EmulationThroughHostAsync(runs));
        var statuses = Stats.Median([.. Enumerable.Range(0, runs * 4).Select(_ => StatusesAtT())]);
        return
        [
            new Figure("/emulation, 500 units and 20 000 tasks in the month", table, "ms", "< 200 ms", table < 200, "admin's update in at the fake → first part of the table out; ranking, reports and every task of the month read from the store"),
            new Figure("status of 100 000 tasks at T", statuses, "ms", "< 50 ms", statuses < 50, "pure: done, deadline in force (approved extensions) and T"),
        ];
    }

    private static async Task<List<double>> EmulationThroughHostAsync(int times)
    {
        await using var bot = await BotHarness.StartAsync();
        var codes = RankingSandbox.Fill(bot.Get<IUnitStore>(), bot.Get<IReportStore>(), bot.Get<IndicatorCatalog>(), Units);
        bot.Get<ITaskStore>().AddAll([.. Enumerable.Range(0, Tasks).Select(i => Task(i, codes))]);
        var question = $"/emulation {RankingSandbox.Period}";
        await bot.SayAsync(BotHarness.AdminId, question);
        var latencies = new List<double>();
        for (var i = 0; i < times; i++)
        {
            // Each table is many messages paced 1 s apart per chat; wait until the previous one is out.
            await System.Threading.Tasks.Task.Delay(TimeSpan.FromSeconds(40));
            var sent = bot.Clock.GetUtcNow();
            bot.Api.SendText(BotHarness.AdminId, question);
            var reply = await bot.Api.WaitForMessage(BotHarness.AdminId, m => m.Text?.Contains("<b>Bảng thi đua", StringComparison.Ordinal) == true && m.At >= sent, TimeSpan.FromSeconds(60));
            latencies.Add((reply.At - sent).TotalMilliseconds);
        }
        return latencies;
    }

    private static double StatusesAtT()
    {
        var at = new DateTime(2025, 4, 20, 0, 0, 0, DateTimeKind.Utc);
        var tasks = Enumerable.Range(0, StatusTasks).Select(i => Task(i, ["U00001"])).ToList();
        var counts = new int[4];
        var clock = Stopwatch.StartNew();
        foreach (var task in tasks)
            counts[(int)WorkStatuses.Of(task, at)]++;
        var elapsed = clock.Elapsed.TotalMilliseconds;
        return counts.Sum() == StatusTasks ? elapsed : throw new InvalidOperationException("statuses lost");
    }

    /// <summary>Due across April 2025; a third done (some late), every tenth extended, one in five with a coordinator.</summary>
    private static UnitTask Task(int i, IReadOnlyList<string> codes)
    {
        var due = new DateTime(2025, 4, 1, 10, 0, 0, DateTimeKind.Utc).AddMinutes(i % (29 * 24 * 60));
        return new UnitTask
        {
            UnitCode = codes[i % codes.Count],
            Coordinators = i % 5 == 0 ? [codes[(i + 1) % codes.Count]] : [],
            Description = $"Nhiệm vụ {i}",
            DueUtc = due,
            AssignedBy = BotHarness.AdminId,
            AssignedUtc = due.AddDays(-20),
            Priority = (TaskPriority)(i % 3),
            FinishedUtc = i % 3 == 0 ? due.AddHours((i % 7) - 3) : null,
            Extensions = i % 10 == 0
                ? [new ExtensionRequest { AskedBy = 1, AskedUtc = due.AddDays(-2), RequestedDueUtc = due.AddDays(3), Reason = "x", State = ExtensionState.Approved, DecidedBy = BotHarness.AdminId, DecidedUtc = due.AddDays(-1), ApprovedDueUtc = due.AddDays(3) }]
                : [],
        };
    }
}
