using System.Diagnostics;

namespace Par.Bench;

/// <summary>The bot as its own OS process (dotnet Par.Bot.dll) against a Bot API at <paramref name="apiBaseUrl"/>.</summary>
public sealed class BotProcess(string token, string apiBaseUrl, string databasePath) : IAsyncDisposable
{
    private Process? _process;

    public int Id => _process?.Id ?? throw new InvalidOperationException("Not started.");

    /// <summary>The bot's own build output (built with the benchmark, same configuration), as it would be deployed.</summary>
    private static string Program
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
            return Path.Combine(BenchRunner.RepositoryRoot, "src", "Par.Bot", "bin", configuration, "net10.0", "Par.Bot.dll");
        }
    }

    public void Start(IDictionary<string, string>? settings = null)
    {
        var info = new ProcessStartInfo("dotnet", [Program])
        {
            WorkingDirectory = Path.GetDirectoryName(databasePath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["Telegram__Token"] = token;
        info.Environment["Telegram__ApiBaseUrl"] = apiBaseUrl;
        info.Environment["Storage__Path"] = databasePath;
        info.Environment["Bot__AdminIds__0"] = "9001";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        // Any free port: a second bot on this machine must not collide on 8080.
        info.Environment["Web__Urls"] = "http://127.0.0.1:0";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            info.Environment[key] = value;
        _process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine($"  [bot] {e.Data}"); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Resident memory (VmRSS) in MB, read from /proc.</summary>
    public double ResidentMegabytes()
    {
        var line = File.ReadLines($"/proc/{Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024.0;
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is null)
            return;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
