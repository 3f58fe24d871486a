using Par.Core.Storage;

namespace Par.Core.Tests.Storage;

/// <summary>A real LiteDB file in a temp folder, deleted afterwards.</summary>
internal sealed class TempDatabase : IDisposable
{
    private readonly string _directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "par-core-tests", Guid.NewGuid().ToString("N"));

    public TempDatabase()
    {
        Path = System.IO.Path.Combine(_directory, "par.db");
        Db = new ParDatabase(Path);
    }

    public string Path { get; }

    public ParDatabase Db { get; private set; }

    /// <summary>Closes and reopens the file, as a restart does.</summary>
    public ParDatabase Reopen()
    {
        Db.Dispose();
        Db = new ParDatabase(Path);
        return Db;
    }

    public void Dispose()
    {
        Db.Dispose();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
