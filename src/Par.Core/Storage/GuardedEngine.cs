using LiteDB;
using LiteDB.Engine;

namespace Par.Core.Storage;

/// <summary>
/// LiteDB's engine behind a fuse: the first fault that leaves the engine in an undefined state (an I/O error such as
/// a full disk, a damaged page, an engine LiteDB closed itself) blows it. That call and every later one fail with
/// <see cref="StoreFailedException"/>, the later ones at once, without reaching the engine.
/// </summary>
/// <remarks>
/// LiteDB 5.0.21 does not recover from these. After a failed write the thread's transaction stays open, keeps its
/// collection locks and still sees its uncommitted rows, so other writers time out a minute later; after a damaged page
/// it disposes its locks and every later call throws. Reusing such an engine is how a full disk made a zombie of the
/// process. What was committed is safe in the file, so the owner stops and starts afresh.
/// </remarks>
internal sealed class GuardedEngine(LiteEngine inner) : ILiteEngine
{
    /// <summary>
    /// Blown engines, kept reachable for the life of the process. The failed write's transaction is still registered
    /// in its engine, and LiteDB's transaction finalizer releases its locks from the finalizer thread: after a fault
    /// those locks may be disposed or held by another thread, and an exception there kills the process (the crash
    /// ParDatabase's collection comment describes). Par exits soon after a fault anyway.
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentBag<LiteEngine> NeverFinalized = [];

    private readonly TaskCompletionSource<Exception> _fault = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Exception? _blown;

    /// <summary>Completes with the fault that blew the fuse; never completes while the engine is sound.</summary>
    public Task<Exception> Fault => _fault.Task;

    public bool IsBlown => Volatile.Read(ref _blown) is not null;

    public int Checkpoint() => Guard(inner.Checkpoint);
    public long Rebuild(RebuildOptions options) => Guard(() => inner.Rebuild(options));
    public bool BeginTrans() => Guard(inner.BeginTrans);
    public bool Commit() => Guard(inner.Commit);
    public bool Rollback() => Guard(inner.Rollback);
    public IBsonDataReader Query(string collection, Query query) => new GuardedReader(Guard(() => inner.Query(collection, query)), this);
    public int Insert(string collection, IEnumerable<BsonDocument> docs, BsonAutoId autoId) => Guard(() => inner.Insert(collection, docs, autoId));
    public int Update(string collection, IEnumerable<BsonDocument> docs) => Guard(() => inner.Update(collection, docs));
    public int UpdateMany(string collection, BsonExpression transform, BsonExpression predicate) => Guard(() => inner.UpdateMany(collection, transform, predicate));
    public int Upsert(string collection, IEnumerable<BsonDocument> docs, BsonAutoId autoId) => Guard(() => inner.Upsert(collection, docs, autoId));
    public int Delete(string collection, IEnumerable<BsonValue> ids) => Guard(() => inner.Delete(collection, ids));
    public int DeleteMany(string collection, BsonExpression predicate) => Guard(() => inner.DeleteMany(collection, predicate));
    public bool DropCollection(string name) => Guard(() => inner.DropCollection(name));
    public bool RenameCollection(string name, string newName) => Guard(() => inner.RenameCollection(name, newName));
    public bool EnsureIndex(string collection, string name, BsonExpression expression, bool unique) => Guard(() => inner.EnsureIndex(collection, name, expression, unique));
    public bool DropIndex(string collection, string name) => Guard(() => inner.DropIndex(collection, name));
    public BsonValue Pragma(string name) => Guard(() => inner.Pragma(name));
    public bool Pragma(string name, BsonValue value) => Guard(() => inner.Pragma(name, value));

    /// <summary>
    /// Closes the engine when it is sound. A blown engine is left alone: closing it can wait on the locks of the
    /// transaction that failed, or throw, and what it holds is released when the process ends.
    /// </summary>
    public void Dispose()
    {
        if (!IsBlown)
            inner.Dispose();
    }

    /// <summary>Runs one call to the engine, or refuses it when the fuse has blown.</summary>
    internal T Guard<T>(Func<T> call)
    {
        if (Volatile.Read(ref _blown) is { } blown)
            throw new StoreFailedException(blown);
        try
        {
            return call();
        }
        catch (Exception e) when (LeavesEngineUndefined(e))
        {
            Blow(e);
            throw new StoreFailedException(e);
        }
    }

    private void Blow(Exception fault)
    {
        // Only the first fault counts: later ones are its consequences.
        if (Interlocked.CompareExchange(ref _blown, fault, null) is null)
        {
            NeverFinalized.Add(inner);
            _fault.TrySetResult(fault);
        }
    }

    private static bool LeavesEngineUndefined(Exception e) => e switch
    {
        IOException or ObjectDisposedException => true,
        LiteException lite => lite.ErrorCode is LiteException.INVALID_DATAFILE_STATE or LiteException.ENGINE_DISPOSED or LiteException.DATABASE_SHUTDOWN,
        _ => false,
    };
}
