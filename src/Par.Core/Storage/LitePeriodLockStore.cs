using Par.Core.Periods;

namespace Par.Core.Storage;

internal sealed class LitePeriodLockStore : IPeriodLockStore
{
    private readonly ParDatabase _db;
    private readonly LiteDB.ILiteCollection<PeriodLock> _locks;

    public LitePeriodLockStore(ParDatabase db)
    {
        this._db = db;
        db.Database.Mapper.Entity<PeriodLock>().Id(l => l.Period, autoId: false);
        _locks = db.Collection<PeriodLock>(RankingCollections.PeriodLocks);
    }

    public bool IsLocked(Period period) => _locks.FindById(period.ToString()) is not null;

    public bool Lock(Period period, long lockedBy, DateTime nowUtc) => _db.InTransaction(() =>
    {
        if (_locks.FindById(period.ToString()) is not null)
        {
            return false;
        }

        _locks.Insert(new PeriodLock { Period = period.ToString(), LockedBy = lockedBy, LockedUtc = nowUtc });
        return true;
    });

    public bool Unlock(Period period) => _locks.Delete(period.ToString());

    public IReadOnlyList<PeriodLock> List() => [.. _locks.FindAll()];
}
