using LiteDB;
using LiteDB.Engine;
using Par.Core.Conversations;
using Par.Core.Invites;
using Par.Core.Members;
using Par.Core.Outbox;
using Par.Core.Units;

namespace Par.Core.Storage;

/// <summary>The one LiteDB database of the process (Direct mode), with the mapping of every stored record.</summary>
public sealed class ParDatabase : IDisposable
{
    /// <summary>What to run when the calling thread's outermost transaction ends; null outside one (LiteDB binds transactions to threads).</summary>
    private readonly ThreadLocal<List<Action>?> _afterTransaction = new();

    /// <summary>
    /// LiteDB's page, and its files are whole pages. LiteDB takes a shorter file for a new store and overwrites it, and
    /// cuts one that ends inside a page back to whole pages, so such files are refused before it sees them.
    /// </summary>
    private const int PageSize = 8192;

    private readonly GuardedEngine _engine;
    private readonly List<Stream> _files = [];

    /// <summary>Opens the file, or creates it when there is none; a file that exists but cannot be read throws <see cref="DamagedStoreException"/>.</summary>
    /// <param name="openFile">
    /// Opens the data and the log file as streams instead of LiteDB opening them, for tests that need a disk that
    /// fills up; the streams are disposed with the database.
    /// </param>
    public ParDatabase(string path, Func<string, Stream>? openFile = null)
    {
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
            Directory.CreateDirectory(directory);
        var existing = new FileInfo(path);
        if (existing.Exists)
            RefuseCut(path, existing.Length);
        try
        {
            _engine = new GuardedEngine(new LiteEngine(Settings(path, openFile)));
            Database = new LiteDatabase(_engine, CreateMapper(), disposeOnClose: true);
            CreateCollections();
            EnsureIndexes();
        }
        catch (Exception e) when (existing.Exists && e is not (IOException or UnauthorizedAccessException or StoreFailedException { InnerException: IOException }))
        {
            // Random bytes can get past LiteDB's header check and fail anywhere (ArgumentOutOfRangeException on a date),
            // so whatever opening an existing file throws, other than the file system's refusals, means it is unreadable.
            Dispose();
            var reason = e is LiteException ? e.Message : e.GetType().Name;
            throw new DamagedStoreException(path, $"is damaged or not a LiteDB file ({reason.ReplaceLineEndings(" ")})", e);
        }
    }

    /// <summary>
    /// Completes with the fault (a full disk, a damaged page) after which this database refuses every call with
    /// <see cref="StoreFailedException"/>; never completes while the store is sound.
    /// </summary>
    public Task<Exception> Fault => _engine.Fault;

    private EngineSettings Settings(string path, Func<string, Stream>? openFile)
    {
        if (openFile is null)
            return new EngineSettings { Filename = path };
        // LiteDB's own name for the log beside the data file, so a later open by file name finds what was logged here.
        var log = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(path) ?? "", $"{System.IO.Path.GetFileNameWithoutExtension(path)}-log{System.IO.Path.GetExtension(path)}");
        _files.Add(openFile(path));
        _files.Add(openFile(log));
        return new EngineSettings { Filename = path, DataStream = _files[0], LogStream = _files[1] };
    }

    private static void RefuseCut(string path, long length)
    {
        if (length == 0)
            throw new DamagedStoreException(path, "is empty (0 bytes)");
        if (length % PageSize != 0)
            throw new DamagedStoreException(path, $"is cut short ({length} bytes, not a whole number of {PageSize / 1024} KiB pages)");
    }

    /// <summary>What joined transactions asked to run after the commit of the transaction open on this thread.</summary>
    private readonly ThreadLocal<List<Action>?> _onCommit = new();

    public LiteDatabase Database { get; }

    public ILiteCollection<T> Collection<T>(string name) => Database.GetCollection<T>(name);

    /// <summary>Runs <paramref name="work"/> in one transaction on the calling thread. Never await inside.</summary>
    public T InTransaction<T>(Func<T> work) => InTransaction(work, committed: null);

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction on the calling thread, joining the one a caller on this thread
    /// has open; once that transaction commits, passes the result to <paramref name="committed"/> (never on a rollback).
    /// Never await inside.
    /// </summary>
    public T InTransaction<T>(Func<T> work, Action<T>? committed)
    {
        if (!Database.BeginTrans())
        {
            var joined = work();
            if (committed is not null)
            {
                (_onCommit.Value ?? throw new InvalidOperationException("A transaction begun outside InTransaction cannot run work after its commit."))
                    .Add(() => committed(joined));
            }
            return joined;
        }
        var onCommit = _onCommit.Value = [];
        var afterEnd = _afterTransaction.Value = [];
        T result;
        try
        {
            result = work();
            Database.Commit();
        }
        catch
        {
            RollBack();
            throw;
        }
        finally
        {
            _onCommit.Value = null;
            _afterTransaction.Value = null;
            foreach (var action in afterEnd)
                action();
        }
        foreach (var action in onCommit)
            action();
        committed?.Invoke(result);
        return result;
    }

    /// <summary>Undoes the open transaction; a blown engine has nothing to undo that would ever be committed, and refuses.</summary>
    private void RollBack()
    {
        try
        {
            Database.Rollback();
        }
        catch (StoreFailedException)
        {
            // The fault that blew the engine is the one worth reporting, and the caller is rethrowing it.
        }
    }

    /// <summary>
    /// Runs <paramref name="action"/> once the calling thread's transaction has committed or rolled back, or at once
    /// outside one. Caches drop their copy here: dropped before the commit, another thread could refill it with the old state.
    /// </summary>
    public void AfterTransaction(Action action)
    {
        if (_afterTransaction.Value is { } pending)
            pending.Add(action);
        else
            action();
    }

    public void Dispose()
    {
        Database?.Dispose();
        foreach (var file in _files)
            file.Dispose();
        _afterTransaction.Dispose();
        _onCommit.Dispose();
    }

    private static BsonMapper CreateMapper()
    {
        var mapper = new BsonMapper { EmptyStringToNull = false, TrimWhitespace = false, SerializeNullValues = false };
        // LiteDB stores UTC but hands dates back in local time; Par keeps every stored time UTC.
        mapper.RegisterType(value => new BsonValue(value.ToUniversalTime()), StoredTime.Utc);
        mapper.Entity<Unit>().Id(u => u.Code, autoId: false);
        mapper.Entity<Member>().Id(m => m.UserId, autoId: false);
        mapper.Entity<Invite>().Id(i => i.Code, autoId: false);
        mapper.Entity<Conversation>().Id(c => c.UserId, autoId: false);
        mapper.Entity<OutboxEntry>().Id(o => o.Id, autoId: true);
        return mapper;
    }

    /// <summary>
    /// Every collection exists before a second thread can touch the file. LiteDB 5.0.21 fails a read of a collection
    /// that another thread is creating at that moment ("page type must be collection page") and then closes the
    /// whole engine (litedb-org/LiteDB#2792, #2891): the parallel first updates of a fresh bot did exactly that,
    /// losing replies and, when the file was closed, crashing the process from LiteDB's transaction finalizer.
    /// An empty insert creates a collection and changes nothing in one that exists.
    /// </summary>
    private void CreateCollections()
    {
        foreach (var name in StoredCollections)
            Database.GetCollection(name).Insert(Array.Empty<BsonDocument>());
    }

    private static readonly string[] StoredCollections =
    [
        Collections.Units, Collections.Members, Collections.Invites, Collections.Conversations, Collections.Drafts, Collections.Outbox,
        Collections.HandledUpdates, Collections.Settings,
        RankingCollections.Reports, RankingCollections.ReportSheets, RankingCollections.ReportHistory,
        RankingCollections.PeriodLocks, RankingCollections.References,
        PortalCollections.Scores, PortalCollections.History, PortalCollections.Units,
        BroadcastCollections.Broadcasts, BroadcastCollections.Acknowledgements,
        DossierCollections.Dossiers, DossierCollections.OpenDossiers, DossierCollections.Tasks, DossierCollections.ReminderSlots,
        WorkCollections.Work,
    ];

    private void EnsureIndexes()
    {
        Collection<Member>(Collections.Members).EnsureIndex(m => m.UnitCode);
        Collection<OutboxEntry>(Collections.Outbox).EnsureIndex(o => o.Status);
        Collection<OutboxEntry>(Collections.Outbox).EnsureIndex(o => o.DedupeKey, unique: false);
        Collection<OutboxEntry>(Collections.Outbox).EnsureIndex(o => o.BroadcastId);
    }
}
