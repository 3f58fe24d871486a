using Microsoft.Extensions.DependencyInjection;
using Par.Bot.Handlers.Ranking;
using Par.Bot.Hosting;
using Par.Core.Periods;
using Par.Core.Ranking;
using Par.Core.Units;

namespace Par.Bot.Tests.Ranking;

public sealed class DemoSeedTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "par-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public async Task Seed_demo_fills_an_empty_store_without_a_telegram_token_and_refuses_a_second_time()
    {
        var path = Path.Combine(_directory, "a.db");

        Assert.Equal(0, await ParHost.RunAsync(["seed-demo", $"--Storage:Path={path}"]));
        Assert.Equal(1, await ParHost.RunAsync(["seed-demo", $"--Storage:Path={path}"]));

        using var host = ParHost.Build([$"--Storage:Path={path}"]);
        var units = host.Services.GetRequiredService<IUnitStore>().List();
        Assert.Equal((20, 60), (units.Count(u => u.Group == "department"), units.Count(u => u.Group == "commune")));
        Assert.Contains(units, u => u is { Code: "SNV", Name: "Sở Nội vụ" });
        Assert.Contains(units, u => u is { Code: "DK-PHUQUY", Name: "Đặc khu Phú Quý" });
        var month = Period.LastClosedMonth(host.Services.GetRequiredService<ProvinceClock>().Today());
        var ranking = host.Services.GetRequiredService<RankingService>();
        foreach (var period in new[] { month, month.Previous(), month.Previous().Previous(), Period.QuarterOf(month.Start.AddMonths(1)).Previous() })
        {
            var communes = ranking.Rank("commune", period);
            Assert.Equal(60, communes.Entries.Count(e => e.Reported));
            Assert.InRange(communes.Average!.Value, 50, 95);
        }
    }

    [Fact]
    public async Task Seed_demo_is_deterministic()
    {
        string[] Scores(string file)
        {
            using var host = ParHost.Build([$"--Storage:Path={Path.Combine(_directory, file)}"]);
            var month = Period.LastClosedMonth(host.Services.GetRequiredService<ProvinceClock>().Today());
            return [.. host.Services.GetRequiredService<RankingService>().Rank("department", month).Entries.Select(e => $"{e.UnitCode}:{e.Score}")];
        }

        await ParHost.RunAsync(["seed-demo", $"--Storage:Path={Path.Combine(_directory, "one.db")}"]);
        await ParHost.RunAsync(["seed-demo", $"--Storage:Path={Path.Combine(_directory, "two.db")}"]);

        Assert.Equal(Scores("one.db"), Scores("two.db"));
    }
}
