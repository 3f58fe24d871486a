using LiteDB;
using Par.Core.Storage;

namespace Par.Core.Tests.Storage;

public sealed class StoreFaultTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "par-core-tests", Guid.NewGuid().ToString("N"));
    private readonly LimitedDisk _disk = new();

    private string DatabasePath => Path.Combine(_directory, "par.db");

    [Fact]
    public async Task A_full_disk_fails_the_write_and_every_later_call_is_refused_without_reaching_LiteDB()
    {
        using var db = new ParDatabase(DatabasePath, _disk.Open);
        Settings(db).Insert(new BsonDocument { ["_id"] = "kept" });
        _disk.Fill();

        var fault = Assert.Throws<StoreFailedException>(() => db.InTransaction(() => InsertMany(db, 500)));

        Assert.IsType<IOException>(fault.InnerException, exactMatch: false);
        Assert.True(db.Fault.IsCompletedSuccessfully);
        Assert.IsType<IOException>(await db.Fault, exactMatch: false);
        // Even with space back, the engine that failed is not used again: its transaction would still hold its locks.
        _disk.Free();
        Assert.Throws<StoreFailedException>(() => Settings(db).FindById("kept"));
        Assert.Throws<StoreFailedException>(() => db.InTransaction(() => Settings(db).Insert(new BsonDocument { ["_id"] = "later" })));
    }

    [Fact]
    public void After_a_full_disk_the_store_opened_again_has_what_was_committed_and_nothing_of_the_failed_write()
    {
        using (var db = new ParDatabase(DatabasePath, _disk.Open))
        {
            Settings(db).Insert(new BsonDocument { ["_id"] = "kept" });
            _disk.LeaveFree(64 * 1024);
            Assert.Throws<StoreFailedException>(() => db.InTransaction(() => InsertMany(db, 2_000)));
        }

        using var reopened = new ParDatabase(DatabasePath);

        Assert.Equal(["kept"], Settings(reopened).FindAll().Select(d => d["_id"].AsString));
        Assert.False(reopened.Fault.IsCompleted);
    }

    [Fact]
    public async Task Disposing_a_store_that_failed_returns_at_once()
    {
        var db = new ParDatabase(DatabasePath, _disk.Open);
        _disk.Fill();
        // One transaction left open by the fault, as a handler's would be: closing must not wait for its locks.
        Assert.Throws<StoreFailedException>(() => db.InTransaction(() => InsertMany(db, 500)));

        await Task.Run(db.Dispose).WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void A_sound_store_never_reports_a_fault()
    {
        using var db = new ParDatabase(DatabasePath, _disk.Open);

        db.InTransaction(() => InsertMany(db, 100));

        Assert.False(db.Fault.IsCompleted);
    }

    private static ILiteCollection<BsonDocument> Settings(ParDatabase db) => db.Collection<BsonDocument>(Collections.Settings);

    private static int InsertMany(ParDatabase db, int count) =>
        Settings(db).Insert(Enumerable.Range(0, count).Select(i => new BsonDocument { ["_id"] = $"row{i}", ["text"] = new string('x', 1_000) }));

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
}
