using Par.Core.Units;

namespace Par.Core.Storage;

/// <summary>
/// Keeps every unit in memory between writes, so a ranking of thousands of units does not read them all from
/// LiteDB each time (a few microseconds per document adds up to tens of milliseconds). Every unit write in the
/// process goes through <see cref="Upsert"/>, inside a transaction or not, so the store alone decides when its copy is stale.
/// </summary>
internal sealed class CachingUnitStore(LiteUnitStore inner, ParDatabase db) : IUnitStore
{
    private readonly Lock _gate = new();
    private Snapshot? _snapshot;
    private long _version;

    public Unit? Find(string code) => Current().ByCode.GetValueOrDefault(code.Trim());

    public IReadOnlyList<Unit> List(bool includeArchived = false) => includeArchived ? Current().All : Current().Active;

    public void Upsert(Unit unit)
    {
        inner.Upsert(unit);
        Forget();
    }

    public void Upsert(IReadOnlyCollection<Unit> units)
    {
        inner.Upsert(units);
        Forget();
    }

    private void Forget()
    {
        // Now, so this thread reads its own write; again when its transaction ends, because until the commit
        // other threads read the old unit and may have cached it meanwhile.
        Invalidate();
        db.AfterTransaction(Invalidate);
    }

    private void Invalidate()
    {
        lock (_gate)
        {
            _version++;
            _snapshot = null;
        }
    }

    private Snapshot Current()
    {
        long loadedAt;
        lock (_gate)
        {
            if (_snapshot is { } cached)
            {
                return cached;
            }

            loadedAt = _version;
        }

        var loaded = new Snapshot(inner.List(includeArchived: true));
        lock (_gate)
        {
            // A write during the load may not be in what was read: use it this once, keep it only if none happened.
            if (_version == loadedAt)
            {
                _snapshot = loaded;
            }
        }

        return loaded;
    }

    private sealed class Snapshot
    {
        public Snapshot(IReadOnlyList<Unit> all)
        {
            All = all;
            Active = [.. all.Where(unit => !unit.Archived)];
            ByCode = all.ToDictionary(unit => unit.Code, StringComparer.OrdinalIgnoreCase);
        }

        public IReadOnlyList<Unit> All { get; }

        public IReadOnlyList<Unit> Active { get; }

        public Dictionary<string, Unit> ByCode { get; }
    }
}
