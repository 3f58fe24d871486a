using Par.Core.Storage;

namespace Par.Core.Tests.Storage;

/// <summary>A real LiteDB file in a temp folder, deleted after the test.</summary>
public sealed class TempDatabase : IDisposable
{
    private readonly string _directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "par-core-tests", Guid.NewGuid().ToString("N"));

    public TempDatabase()
    {
        Directory.CreateDirectory(_directory);
        Db = new ParDatabase(Path);
    }

    public string Path => System.IO.Path.Combine(_directory, "par.db");
    public ParDatabase Db { get; private set; }

    /// <summary>Closes and reopens the file, as a restart would.</summary>
    public void Reopen()
    {
        Db.Dispose();
        Db = new ParDatabase(Path);
    }

    public void Dispose()
    {
        Db.Dispose();
        Directory.Delete(_directory, recursive: true);
    }
}
