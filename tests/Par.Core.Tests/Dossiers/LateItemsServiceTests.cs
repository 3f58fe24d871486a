using Par.Core.Dossiers;
using Par.Core.Storage;
using Par.Core.Tasks;
using Par.Core.Tests.Storage;

namespace Par.Core.Tests.Dossiers;

public sealed class LateItemsServiceTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2025, 5, 20, 8, 0, 0, TimeSpan.FromHours(7));
    private readonly TempDatabase _temp = new();
    private readonly LiteDossierStore _dossiers;
    private readonly LiteTaskStore _tasks;
    private readonly LateItemsService _service;

    public LateItemsServiceTests()
    {
        _dossiers = new LiteDossierStore(_temp.Db);
        _tasks = new LiteTaskStore(_temp.Db);
        _service = new LateItemsService(_dossiers, _tasks);
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Late_dossiers_and_tasks_of_every_unit_are_found_oldest_first()
    {
        _dossiers.Upsert([Dossier("SNV", "HS-1", -100), Dossier("SNV", "HS-2", 5), Dossier("SNV", "HS-3", 48), Dossier("STP", "HS-9", -1)]);
        _tasks.Add(Task("SNV", -2));
        _tasks.Add(Task("XA-A", 30));

        var late = _service.ForAllUnits(Now, LateRules.Default);

        Assert.Equal(["SNV", "STP"], late.Select(u => u.UnitCode));
        Assert.Equal(["HS-1", "T-1", "HS-2"], late[0].Items.Select(i => i.Item.Code));
        Assert.Equal((2, 1, 1), (late[0].Overdue, late[0].DueSoon, late[0].LongOverdue));
    }

    [Fact]
    public void Finished_items_are_never_late()
    {
        _dossiers.Upsert([Dossier("SNV", "HS-1", -100) with { Status = DossierStatus.Done, FinishedUtc = Now.UtcDateTime }]);
        var task = _tasks.Add(Task("SNV", -5));
        _tasks.Update(task.Number, t => t with { FinishedUtc = Now.UtcDateTime, Result = "xong", FinishedBy = 1 });

        Assert.Empty(_service.ForAllUnits(Now, LateRules.Default));
        Assert.Empty(_service.ForUnit("SNV", Now, LateRules.Default).Items);
    }

    [Fact]
    public void One_units_list_leaves_other_units_out()
    {
        _dossiers.Upsert([Dossier("SNV", "HS-1", -1), Dossier("STP", "HS-2", -1)]);
        _tasks.Add(Task("STP", -1));

        var snv = _service.ForUnit("SNV", Now, LateRules.Default);

        Assert.Equal("SNV", snv.UnitCode);
        Assert.Equal(["HS-1"], snv.Items.Select(i => i.Item.Code));
    }

    [Fact]
    public void Waiting_dossiers_are_listed_apart_in_the_units_list_and_nowhere_across_units()
    {
        _dossiers.Upsert(
        [
            Dossier("SNV", "HS-1", -100),
            Dossier("SNV", "HS-2", -200) with { Status = DossierStatus.AwaitingSupplement },
            Dossier("SNV", "HS-3", -5) with { Status = DossierStatus.AwaitingPayment },
            Dossier("SNV", "HS-4", -300) with { Status = DossierStatus.Withdrawn },
            Dossier("SNV", "HS-5", -300) with { Status = DossierStatus.Stopped },
            Dossier("STP", "HS-6", -100) with { Status = DossierStatus.AwaitingSupplement },
        ]);

        var snv = _service.ForUnit("SNV", Now, LateRules.Default);
        var all = _service.ForAllUnits(Now, LateRules.Default);

        Assert.Equal((1, 0, 1), (snv.Overdue, snv.DueSoon, snv.LongOverdue));
        Assert.Equal(["HS-1"], snv.Items.Select(i => i.Item.Code));
        Assert.Equal(["HS-2", "HS-3"], snv.Waiting.Select(i => i.Item.Code));
        Assert.Equal(["SNV"], all.Select(u => u.UnitCode));
        Assert.Equal((1, 1), (all[0].Overdue, all[0].LongOverdue));
        Assert.Empty(all[0].Waiting);
        Assert.Empty(_service.ForUnit("STP", Now, LateRules.Default).Items);
    }

    [Fact]
    public void A_units_open_items_are_every_dossier_and_task_not_closed_oldest_due_first()
    {
        _dossiers.Upsert(
        [
            Dossier("SNV", "HS-1", 100),
            Dossier("SNV", "HS-2", -5) with { Status = DossierStatus.AwaitingSupplement },
            Dossier("SNV", "HS-3", -1) with { Status = DossierStatus.Done, FinishedUtc = Now.UtcDateTime },
            Dossier("STP", "HS-4", -1),
        ]);
        _tasks.Add(Task("SNV", 2));

        var open = _service.OpenForUnit("SNV", Now, LateRules.Default);

        Assert.Equal(["HS-2", "T-1", "HS-1"], open.Select(i => i.Item.Code));
        Assert.Equal([LateStatus.Waiting, LateStatus.DueSoon, LateStatus.None], open.Select(i => i.Status));
    }

    private static Dossier Dossier(string unit, string code, double dueInHours) =>
        new(unit, code, "p", Now.UtcDateTime.AddDays(-30), Now.UtcDateTime.AddHours(dueInHours), DossierStatus.Processing, null, Now.UtcDateTime);

    private static UnitTask Task(string unit, double dueInHours) =>
        new() { UnitCode = unit, Description = "Rà soát", DueUtc = Now.UtcDateTime.AddHours(dueInHours) };
}
