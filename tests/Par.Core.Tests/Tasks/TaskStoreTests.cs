using Par.Core.Storage;
using Par.Core.Tasks;
using Par.Core.Tests.Dossiers;
using Par.Core.Tests.Storage;

namespace Par.Core.Tests.Tasks;

public sealed class TaskStoreTests : IDisposable
{
    private static readonly DateTime Now = Zones.Utc(2025, 5, 20, 1);
    private readonly TempDatabase _temp = new();
    private readonly LiteTaskStore _store;

    public TaskStoreTests() => _store = new LiteTaskStore(_temp.Db);

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Tasks_are_numbered_one_two_three_and_keep_counting_after_a_restart()
    {
        var first = _store.Add(Task("SNV"));
        var second = _store.Add(Task("STP"));
        var third = new LiteTaskStore(_temp.Reopen()).Add(Task("SNV"));

        Assert.Equal(["T-1", "T-2", "T-3"], new[] { first, second, third }.Select(t => t.Code));
    }

    [Fact]
    public void A_task_reads_back_as_written()
    {
        var added = _store.Add(Task("SNV"));

        Assert.Equal(added, _store.Find(added.Number));
        Assert.Null(_store.Find(99));
    }

    [Fact]
    public void Finishing_records_the_result_once_and_drops_the_task_from_open_ones()
    {
        var one = _store.Add(Task("SNV"));
        var two = _store.Add(Task("SNV"));

        var finished = _store.Finish(one.Number, "Đã rà soát xong", 501, Now);
        var again = _store.Finish(one.Number, "lại", 501, Now);

        Assert.Equal(("Đã rà soát xong", 501L, Now), (finished!.Result, finished.FinishedBy!.Value, finished.FinishedUtc!.Value));
        Assert.Null(again);
        Assert.Equal([two.Number], _store.ListOpen("SNV").Select(t => t.Number));
        Assert.Equal([two.Number], _store.ListOpen().Select(t => t.Number));
        Assert.Equal(2, _store.ListAll().Count);
    }

    private static UnitTask Task(string unit) =>
        new() { UnitCode = unit, Description = "Rà soát 15 TTHC", DueUtc = Now.AddDays(3), AssignedBy = 9001, AssignedUtc = Now };
}
