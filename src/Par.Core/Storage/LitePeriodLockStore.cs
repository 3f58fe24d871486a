using Par.Core.Periods;

namespace Par.Core.Storage;

internal sealed class LitePeriodLockStore : IPeriodLockStore
{
    private readonly ParDatabase db;
    private readonly LiteDB.ILiteCollection<PeriodLock> locks;

    public LitePeriodLockStore(ParDatabase db)
    {
        this.db = db;
        db.Database.Mapper.Entity<PeriodLock>().Id(l => l.Period, autoId: false);
        locks = db.Collection<PeriodLock>(RankingCollections.PeriodLocks);
    }

    public bool IsLocked(Period period) => locks.FindById(period.ToString()) is not null;

    public bool Lock(Period period, long lockedBy, DateTime nowUtc) => db.InTransaction(() =>
    {
        if (locks.FindById(period.ToString()) is not null)
        {
            return false;
        }

        locks.Insert(new PeriodLock { Period = period.ToString(), LockedBy = lockedBy, LockedUtc = nowUtc });
        return true;
    });

    public bool Unlock(Period period) => locks.Delete(period.ToString());

    public IReadOnlyList<PeriodLock> List() => [.. locks.FindAll()];
}
