using LiteDB;

namespace Par.Core.Storage;

/// <summary>
/// Consistent copies of the store and putting one back. LiteDB writes commits to its log file (<c>par-log.db</c>) and
/// changes the data file only at a checkpoint, which needs every transaction closed: after a checkpoint, a transaction
/// held open keeps the data file still, and a byte copy of it is the store as of that checkpoint, while other threads
/// go on committing to the log (litedb-org/LiteDB#2791 describes the checkpoint-then-copy procedure).
/// </summary>
public static class StoreBackup
{
    /// <summary>
    /// Copies the open store to <paramref name="target"/> (written beside it first, then moved, so a half-written
    /// backup never carries the final name). Synchronous on purpose: the transaction is bound to this thread.
    /// </summary>
    /// <returns>The size of the copy in bytes.</returns>
    public static long Copy(ParDatabase db, string storePath, string target)
    {
        var full = Path.GetFullPath(target);
        if (File.Exists(full))
            throw new IOException($"{full} exists already; a backup never overwrites a file");
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var partial = full + ".partial";
        db.Database.Checkpoint();
        if (!db.Database.BeginTrans())
            throw new InvalidOperationException("A backup cannot run inside a transaction.");
        try
        {
            // A read opens the transaction's snapshot, which is what blocks the next checkpoint.
            db.Database.GetCollection(Collections.Settings).Count();
            File.Copy(storePath, partial, overwrite: true);
        }
        finally
        {
            db.Database.Rollback();
        }
        File.Move(partial, full);
        return new FileInfo(full).Length;
    }

    /// <summary>
    /// Replaces the store at <paramref name="storePath"/> with <paramref name="candidate"/>, which must open as a Par store;
    /// the bot must be stopped (the caller holds the <see cref="StoreLock"/>). The current store and its log are kept
    /// beside it, renamed; the candidate itself is left untouched.
    /// </summary>
    /// <returns>Where the replaced store was kept, or null when there was none.</returns>
    public static string? Restore(string candidate, string storePath, DateTime nowUtc)
    {
        var incoming = storePath + ".restoring";
        File.Copy(candidate, incoming, overwrite: true);
        try
        {
            RefuseForeign(incoming);
            // Opening as the bot does proves the file is sound and brings it up to this version's collections and indexes.
            new ParDatabase(incoming).Dispose();
        }
        catch
        {
            File.Delete(incoming);
            File.Delete(LogOf(incoming));
            throw;
        }
        var kept = File.Exists(storePath) ? KeepAside(storePath, nowUtc) : null;
        File.Move(incoming, storePath);
        return kept;
    }

    /// <summary>A LiteDB file of some other program opens fine; only one with Par's collections is a Par store.</summary>
    private static void RefuseForeign(string path)
    {
        if (new FileInfo(path).Length == 0)
            throw new DamagedStoreException(path, "is empty (0 bytes)");
        string[] names;
        try
        {
            using var db = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct, ReadOnly = true });
            names = [.. db.GetCollectionNames()];
        }
        catch (Exception e) when (e is not (IOException or UnauthorizedAccessException))
        {
            throw new DamagedStoreException(path, $"is damaged or not a LiteDB file ({e.GetType().Name})", e);
        }
        if (!names.Contains(Collections.Settings) || !names.Contains(Collections.Units))
            throw new DamagedStoreException(path, "is a LiteDB file but not a Par store (it has no units or settings)");
    }

    private static string KeepAside(string storePath, DateTime nowUtc)
    {
        var stamp = nowUtc.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var kept = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(storePath))!, $"{Path.GetFileNameWithoutExtension(storePath)}.before-restore-{stamp}{Path.GetExtension(storePath)}");
        File.Move(storePath, kept);
        // The log holds what a crash left unmerged; it follows the file so the kept store opens complete.
        if (File.Exists(LogOf(storePath)))
            File.Move(LogOf(storePath), LogOf(kept));
        return kept;
    }

    /// <summary>LiteDB's log file of <c>par.db</c> is <c>par-log.db</c>.</summary>
    private static string LogOf(string path) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, $"{Path.GetFileNameWithoutExtension(path)}-log{Path.GetExtension(path)}");
}
