using static Par.Core.Tests.Reports.RankingWorld;

namespace Par.Core.Tests.Reports;

public sealed class PeriodLockStoreTests : IDisposable
{
    private readonly RankingWorld _world = new();

    public void Dispose() => _world.Dispose();

    [Theory]
    [InlineData("lock 2025-04", "2025-04", true, true)]
    [InlineData("lock 2025-04|lock 2025-04", "2025-04", false, true)]
    [InlineData("lock 2025-04|unlock 2025-04", "2025-04", true, false)]
    [InlineData("unlock 2025-04", "2025-04", false, false)]
    [InlineData("lock 2025-Q2", "2025-04", true, false)]
    [InlineData("lock 2025-04|lock 2025-05|unlock 2025-05", "2025-04", true, true)]
    public void Locks_are_per_period_and_the_last_step_says_whether_it_changed_anything(
        string steps, string period, bool lastChanged, bool locked)
    {
        var changed = false;
        foreach (var step in steps.Split('|'))
        {
            var (verb, target) = (step.Split(' ')[0], P(step.Split(' ')[1]));
            changed = verb == "lock" ? _world.Locks.Lock(target, Admin.UserId, DateTime.UtcNow) : _world.Locks.Unlock(target);
        }

        Assert.Equal(lastChanged, changed);
        Assert.Equal(locked, _world.Locks.IsLocked(P(period)));
    }

    [Fact]
    public void A_lock_survives_a_restart_with_who_locked_it()
    {
        _world.Locks.Lock(P("2025-04"), 42, new DateTime(2025, 5, 6, 1, 0, 0, DateTimeKind.Utc));
        _world.Reopen();

        var found = Assert.Single(_world.Locks.List());
        Assert.Equal(("2025-04", 42L), (found.Period, found.LockedBy));
        Assert.True(_world.Locks.IsLocked(P("2025-04")));
    }
}
