using System.Net.Http.Json;
using Par.Bot.Hosting;
using Par.Bot.Web;
using Par.Core.Storage;

namespace Par.Bot.Backups;

/// <summary>
/// <c>backup PATH</c> and <c>restore PATH</c>. A backup of a running bot is made by the bot itself, asked over its
/// loopback endpoint: only the process that has the LiteDB file open can copy it consistently, and LiteDB on Linux
/// does not stop a second process from opening it. With the bot stopped, the store is copied here. A restore needs
/// the bot stopped, checks that the file opens as a Par store, and keeps the store it replaces.
/// </summary>
public static class BackupCommandLine
{
    public const string Backup = "backup";
    public const string Restore = "restore";
    private static readonly TimeSpan AskTimeout = TimeSpan.FromMinutes(10);

    public static bool IsRequested(string[] args) => args is [Backup or Restore, ..];

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (args is not [var verb, var file, ..] || file.StartsWith('-'))
        {
            await error.WriteLineAsync($"Usage: {args[0]} PATH (e.g. dotnet Par.Bot.dll {args[0]} /backups/par-2026-01-31.db)");
            return ParHost.ConfigurationError;
        }
        var configuration = ParHost.ReadConfiguration(args[2..]);
        var store = Path.GetFullPath(configuration[$"{StorageOptions.Section}:{nameof(StorageOptions.Path)}"] is { Length: > 0 } configured ? configured : new StorageOptions().Path);
        var path = Path.GetFullPath(file);
        using var held = StoreLock.TryTake(store);
        if (verb == Restore)
            return await RestoreAsync(held, path, store, output, error);
        return held is null ? await AskRunningBotAsync(configuration, store, path, output, error) : await CopyStoppedAsync(store, path, output, error);
    }

    private static async Task<int> RestoreAsync(StoreLock? held, string path, string store, TextWriter output, TextWriter error)
    {
        if (held is null)
        {
            await error.WriteLineAsync($"Par is running on {store}: stop it first (docker stop, systemctl stop), then restore.");
            return 1;
        }
        try
        {
            var kept = StoreBackup.Restore(path, store, TimeProvider.System.GetUtcNow().UtcDateTime);
            await output.WriteLineAsync($"Restored {path} to {store}." + (kept is null ? "" : $" The store it replaced is kept as {kept}."));
            return 0;
        }
        catch (DamagedStoreException e)
        {
            await error.WriteLineAsync($"{path} cannot be restored: it {e.Problem}. The store was not changed.");
            return 1;
        }
        catch (IOException e)
        {
            await error.WriteLineAsync($"{path} cannot be restored: {e.Message}. The store was not changed.");
            return 1;
        }
    }

    private static async Task<int> CopyStoppedAsync(string store, string path, TextWriter output, TextWriter error)
    {
        if (!File.Exists(store))
        {
            await error.WriteLineAsync($"There is no store at {store} to back up (Storage:Path).");
            return 1;
        }
        try
        {
            using var db = new ParDatabase(store);
            var bytes = StoreBackup.Copy(db, store, path);
            await output.WriteLineAsync($"Backed up {store} to {path} ({bytes} bytes); the bot was not running.");
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DamagedStoreException)
        {
            await error.WriteLineAsync($"Backup to {path} failed: {e.Message}");
            return 1;
        }
    }

    private static async Task<int> AskRunningBotAsync(IConfiguration configuration, string store, string path, TextWriter output, TextWriter error)
    {
        var endpoint = new Uri(LocalEndpoint.From(configuration), BackupEndpoint.Path.TrimStart('/'));
        using var http = new HttpClient { Timeout = AskTimeout };
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = JsonContent.Create(new BackupRequest(path)) };
        request.Headers.Add(BackupEndpoint.TokenHeader, ControlToken.Read(store) ?? "");
        try
        {
            using var response = await http.SendAsync(request);
            if (!response.IsSuccessStatusCode)
            {
                var failure = response.Content.Headers.ContentLength > 0 ? await response.Content.ReadFromJsonAsync<BackupResponse>() : null;
                await error.WriteLineAsync($"The running bot could not back up to {path}: {failure?.Error ?? $"HTTP {(int)response.StatusCode}"}");
                return 1;
            }
            var done = await response.Content.ReadFromJsonAsync<BackupResponse>();
            await output.WriteLineAsync($"The running bot backed up {store} to {done!.Path} ({done.Bytes} bytes).");
            return 0;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            await error.WriteLineAsync($"Par holds {store} but does not answer at {endpoint} ({e.Message}); check Web:Urls.");
            return 1;
        }
    }
}
