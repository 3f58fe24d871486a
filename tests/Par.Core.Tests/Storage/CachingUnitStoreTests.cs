using Par.Core.Storage;
using Par.Core.Units;

namespace Par.Core.Tests.Storage;

public sealed class CachingUnitStoreTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly TempDatabase _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_write_outside_a_transaction_is_read_at_once()
    {
        var units = Store();
        units.Upsert(Unit("SNV"));
        Assert.Equal(["SNV"], units.List().Select(u => u.Code));

        units.Upsert(Unit("STP"));

        Assert.Equal(["SNV", "STP"], units.List().Select(u => u.Code));
    }

    [Fact]
    public void A_unit_written_in_a_transaction_is_listed_after_the_commit_though_another_thread_read_the_old_list_meanwhile()
    {
        var units = Store();
        units.Upsert(Unit("SNV"));

        var readMeanwhile = _temp.Db.InTransaction(() =>
        {
            units.Upsert(Unit("STP"));
            // Another thread does not see the uncommitted unit and caches the list without it.
            var read = Task.Run(() => units.List().Select(u => u.Code).ToList());
            Assert.True(read.Wait(Patience), "the other thread's read finished");
            return read.Result;
        });

        Assert.Equal(["SNV"], readMeanwhile);
        Assert.Equal(["SNV", "STP"], units.List().Select(u => u.Code));
        Assert.NotNull(units.Find("stp"));
    }

    [Fact]
    public void A_rolled_back_write_is_not_listed()
    {
        var units = Store();
        units.Upsert(Unit("SNV"));

        Assert.Throws<InvalidOperationException>(() => _temp.Db.InTransaction<int>(() =>
        {
            units.Upsert(Unit("STP"));
            Assert.NotNull(units.Find("STP"));
            throw new InvalidOperationException("abandoned");
        }));

        Assert.Equal(["SNV"], units.List().Select(u => u.Code));
    }

    private CachingUnitStore Store() => new(new LiteUnitStore(_temp.Db), _temp.Db);

    private static Unit Unit(string code) => new() { Code = code, Name = code, Group = "department" };
}
