namespace Par.Core.Periods;

public interface IPeriodLockStore
{
    bool IsLocked(Period period);

    /// <summary>False when the period was already locked (the first lock is kept).</summary>
    bool Lock(Period period, long lockedBy, DateTime nowUtc);

    /// <summary>False when the period was not locked.</summary>
    bool Unlock(Period period);

    IReadOnlyList<PeriodLock> List();
}
