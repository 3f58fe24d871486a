using Par.Core.Dossiers;
using Par.Core.Storage;
using Par.Core.Tests.Storage;

namespace Par.Core.Tests.Dossiers;

public sealed class DossierStoreTests : IDisposable
{
    private static readonly DateTime Now = Zones.Utc(2025, 5, 20, 1);
    private readonly TempDatabase _temp = new();
    private readonly LiteDossierStore _store;

    public DossierStoreTests() => _store = new LiteDossierStore(_temp.Db);

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Upsert_adds_new_codes_and_replaces_known_ones_within_the_unit()
    {
        var first = _store.Upsert([Open("SNV", "HS-1", dueInHours: 5), Open("SNV", "HS-2", dueInHours: 5)]);
        var second = _store.Upsert([Open("SNV", "HS-2", dueInHours: 9) with { Procedure = "renamed" }, Open("STP", "HS-2", dueInHours: 1)]);

        Assert.Equal(new DossierUpsert(2, 0), first);
        Assert.Equal(new DossierUpsert(1, 1), second);
        Assert.Equal("renamed", _store.Find("SNV", "HS-2")!.Procedure);
        Assert.Equal("Cấp phép", _store.Find("STP", "HS-2")!.Procedure);
        Assert.Null(_store.Find("STP", "HS-1"));
    }

    [Fact]
    public void A_dossier_reads_back_as_written_with_utc_times()
    {
        var dossier = Open("SNV", "HS-1", dueInHours: 5) with { Status = DossierStatus.Done, FinishedUtc = Now.AddHours(2) };
        _store.Upsert([dossier]);

        var found = _store.Find("SNV", "HS-1")!;

        Assert.Equal(dossier, found);
        Assert.Equal(DateTimeKind.Utc, found.DueUtc.Kind);
        Assert.Equal(DateTimeKind.Utc, found.FinishedUtc!.Value.Kind);
    }

    [Fact]
    public void Only_open_dossiers_are_listed_and_an_update_that_closes_one_drops_it()
    {
        _store.Upsert([Open("SNV", "HS-1", -5), Open("SNV", "HS-2", -5), Open("STP", "HS-3", -5)]);
        _store.Upsert([Open("SNV", "HS-2", -5) with { Status = DossierStatus.Returned }]);

        Assert.Equal(["HS-1"], _store.ListOpen("SNV").Select(d => d.Code));
        Assert.Equal(["HS-3"], _store.ListOpen("STP").Select(d => d.Code));
    }

    [Fact]
    public void Waiting_dossiers_stay_open_and_withdrawn_or_stopped_ones_leave()
    {
        _store.Upsert([Open("SNV", "HS-1", -5), Open("SNV", "HS-2", -5), Open("SNV", "HS-3", -5), Open("SNV", "HS-4", -5)]);
        _store.Upsert(
        [
            Open("SNV", "HS-1", -5) with { Status = DossierStatus.AwaitingSupplement },
            Open("SNV", "HS-2", -5) with { Status = DossierStatus.AwaitingPayment },
            Open("SNV", "HS-3", -5) with { Status = DossierStatus.Withdrawn },
            Open("SNV", "HS-4", -5) with { Status = DossierStatus.Stopped },
        ]);

        Assert.Equal(["HS-1", "HS-2"], _store.ListOpen("SNV").Select(d => d.Code).Order());
        Assert.Equal(DossierStatus.Done, _store.Finish("SNV", "HS-2", Now)!.Status);
        Assert.Equal(["HS-1"], _store.ListOpen("SNV").Select(d => d.Code));
    }

    [Fact]
    public void Reopening_a_dossier_by_import_lists_it_again()
    {
        _store.Upsert([Open("SNV", "HS-1", -5) with { Status = DossierStatus.Done, FinishedUtc = Now }]);
        _store.Upsert([Open("SNV", "HS-1", -5)]);

        Assert.Single(_store.ListOpen("SNV"));
    }

    [Fact]
    public void Open_dossiers_due_by_a_time_are_selected_across_units()
    {
        _store.Upsert(
        [
            Open("SNV", "LATE", -30),
            Open("STP", "SOON", 10),
            Open("STP", "EDGE", 24),
            Open("STP", "LATER", 25),
            Open("SNV", "CLOSED", -30) with { Status = DossierStatus.Done, FinishedUtc = Now },
        ]);

        var due = _store.ListOpenDueBy(Now.AddHours(24));

        Assert.Equal(["EDGE", "LATE", "SOON"], due.Select(d => d.Code).Order());
    }

    [Fact]
    public void Finish_closes_an_open_dossier_once()
    {
        _store.Upsert([Open("SNV", "HS-1", -5)]);

        var finished = _store.Finish("SNV", "HS-1", Now);
        var again = _store.Finish("SNV", "HS-1", Now.AddHours(1));

        Assert.Equal(DossierStatus.Done, finished!.Status);
        Assert.Equal(Now, _store.Find("SNV", "HS-1")!.FinishedUtc);
        Assert.Null(again);
        Assert.Null(_store.Finish("SNV", "NOPE", Now));
        Assert.Empty(_store.ListOpen("SNV"));
    }

    [Fact]
    public void Dossiers_survive_reopening_the_file()
    {
        _store.Upsert([Open("SNV", "HS-1", -5)]);

        var reopened = new LiteDossierStore(_temp.Reopen());

        Assert.Single(reopened.ListOpenDueBy(Now));
    }

    private static Dossier Open(string unit, string code, double dueInHours) =>
        new(unit, code, "Cấp phép", Now.AddDays(-10), Now.AddHours(dueInHours), DossierStatus.Processing, null, Now);
}
