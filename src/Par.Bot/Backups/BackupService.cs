using System.Globalization;
using Microsoft.Extensions.Options;
using Par.Bot.Metrics;
using Par.Core.Storage;

namespace Par.Bot.Backups;

/// <summary>
/// Makes backups of the running store, one at a time: on schedule into Backup:Folder (keeping Backup:Keep of them),
/// or to a path the <c>backup</c> command names. Remembers the last success and the last failure for /backup and
/// /readyz; after a restart the newest file in the folder stands for the last success.
/// </summary>
public sealed class BackupService(
    ParDatabase db,
    IOptions<StorageOptions> storage,
    IOptions<BackupOptions> options,
    ParMetrics metrics,
    TimeProvider clock,
    ILogger<BackupService> logger)
{
    public const string FilePrefix = "par-";
    private readonly Lock _gate = new();
    private BackupRecord? _lastSuccess;
    private bool _lookedInFolder;

    /// <summary>The newest attempt that failed, unless a later one succeeded.</summary>
    public BackupRecord? LastFailure { get; private set; }

    public BackupRecord? LastSuccess
    {
        get
        {
            lock (_gate)
                return _lastSuccess ??= NewestInFolder();
        }
    }

    public string Folder => Path.GetFullPath(options.Value.Folder);

    /// <summary>A backup named after now in Backup:Folder, then the oldest beyond Backup:Keep deleted.</summary>
    public BackupRecord MakeScheduled()
    {
        var name = $"{FilePrefix}{clock.GetUtcNow().UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}.db";
        var record = Make(Path.Combine(Folder, name));
        if (!record.Failed)
            Prune();
        return record;
    }

    /// <summary>A backup to <paramref name="target"/>; a failure is logged and returned, not thrown.</summary>
    public BackupRecord Make(string target)
    {
        lock (_gate)
        {
            var started = clock.GetUtcNow();
            BackupRecord record;
            try
            {
                var bytes = StoreBackup.Copy(db, storage.Value.Path, target);
                record = new BackupRecord(started, Path.GetFullPath(target), bytes);
                _lastSuccess = record;
                LastFailure = null;
                logger.LogInformation("Backup of the store written to {Path} ({Bytes} bytes)", record.Path, bytes);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or LiteDB.LiteException or InvalidOperationException)
            {
                record = new BackupRecord(started, Path.GetFullPath(target), 0, e.Message);
                LastFailure = record;
                logger.LogError(e, "Backup of the store to {Path} failed", record.Path);
            }
            metrics.BackupFinished(record);
            return record;
        }
    }

    private void Prune()
    {
        foreach (var old in Backups().Skip(options.Value.Keep))
        {
            try
            {
                old.Delete();
            }
            catch (IOException e)
            {
                logger.LogWarning(e, "Could not delete the old backup {Path}", old.FullName);
            }
        }
    }

    /// <summary>Newest first: the names sort by time.</summary>
    private IEnumerable<FileInfo> Backups() =>
        Directory.Exists(Folder)
            ? new DirectoryInfo(Folder).GetFiles($"{FilePrefix}*.db").OrderByDescending(f => f.Name, StringComparer.Ordinal)
            : [];

    private BackupRecord? NewestInFolder()
    {
        if (_lookedInFolder)
            return null;
        _lookedInFolder = true;
        return Backups().FirstOrDefault() is { } newest
            ? new BackupRecord(new DateTimeOffset(newest.LastWriteTimeUtc, TimeSpan.Zero), newest.FullName, newest.Length)
            : null;
    }
}
