using System.Globalization;
using System.Text;
using Par.Bench.Figures;

namespace Par.Bench;

/// <summary>Runs the chosen benchmarks, prints a table and appends it to bench/results.md, which keeps every run's figures.</summary>
public static class BenchRunner
{
    private static readonly IBenchmark[] All =
    [
        new ColdStartBenchmark(),
        new UpdateThroughputBenchmark(),
        new WebhookBenchmark(),
        new BroadcastBenchmark(),
        new ReplyLatencyBenchmark(),
        new StoreWritesBenchmark(),
        new DossierBenchmark(),
        new RankingBenchmark(),
        new UnitImportBenchmark(),
        new EmulationBenchmark(),
        new ExportBenchmark(),
        new PortalBenchmark(),
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        var wanted = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        var runs = args.FirstOrDefault(a => a.StartsWith("--runs=", StringComparison.Ordinal)) is { } r ? int.Parse(r[7..], CultureInfo.InvariantCulture) : 5;
        var chosen = wanted.Length == 0 || wanted.Contains("all") ? All : All.Where(b => wanted.Contains(b.Name)).ToArray();
        if (chosen.Length == 0)
        {
            Console.Error.WriteLine($"Unknown benchmark. Choose: all, {string.Join(", ", All.Select(b => b.Name))}");
            return 2;
        }
        var figures = new List<Figure>();
        foreach (var benchmark in chosen)
        {
            Console.WriteLine($"Running {benchmark.Name} ({runs} runs)…");
            figures.AddRange(await benchmark.RunAsync(runs));
        }
        var table = Table(figures, runs, string.Join(' ', chosen.Select(b => b.Name)));
        Console.WriteLine(table);
        var path = Path.Combine(RepositoryRoot, "bench", "results.md");
        // Appended, not written over: earlier runs (other figures, other machines' loads) stay to compare with.
        await File.AppendAllTextAsync(path, (File.Exists(path) ? "\n" : "") + table);
        Console.WriteLine($"Appended to {path}");
        return 0;
    }

    private static string Table(IReadOnlyList<Figure> figures, int runs, string names)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"## Run of {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC ({Environment.ProcessorCount} cores, load average {LoadAverage()}, median of {runs} runs: {names})");
        text.AppendLine();
        text.AppendLine("| figure | median | target | met | note |");
        text.AppendLine("|---|---|---|---|---|");
        foreach (var f in figures)
            text.AppendLine(CultureInfo.InvariantCulture, $"| {f.Name} | {f.Median:0.##} {f.Unit} | {f.Target} | {(f.Met ? "yes" : "**no**")} | {f.Note} |");
        return text.ToString();
    }

    /// <summary>The one-minute load average on Linux (these machines are shared: a figure means little without it), else "?".</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Par.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? Directory.GetCurrentDirectory();
    }
}
