namespace Par.Core.Storage;

/// <summary>
/// Held by the process that has the store open, on a file beside it (<c>par.db.lock</c>). LiteDB 5 opens its file
/// shared on Linux, so a second process (a second bot, or <c>restore</c> while the bot runs) could open and corrupt
/// it; this lock lets them find out first. The operating system drops it when the process ends, even killed.
/// </summary>
public sealed class StoreLock : IDisposable
{
    private readonly FileStream _file;

    private StoreLock(FileStream file) => _file = file;

    /// <summary>The lock, or null when another process holds it.</summary>
    public static StoreLock? TryTake(string storePath)
    {
        var path = PathFor(storePath);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
            Directory.CreateDirectory(directory);
        try
        {
            return new StoreLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>The lock, or an <see cref="IOException"/> that says another process has the store.</summary>
    public static StoreLock Take(string storePath) =>
        TryTake(storePath) ?? throw new IOException($"another Par process has it open ({PathFor(storePath)} is locked)");

    public static string PathFor(string storePath) => storePath + ".lock";

    public void Dispose() => _file.Dispose();
}
