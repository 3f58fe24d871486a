using Par.Core.Dossiers;
using Par.Core.Storage;
using Par.Core.Tests.Storage;

namespace Par.Core.Tests.Dossiers;

public sealed class DossierCompletionTests : IDisposable
{
    private static readonly DateTime Now = Zones.Utc(2025, 5, 20, 1);
    private readonly TempDatabase _temp = new();
    private readonly LiteDossierStore _store;
    private readonly DossierCompletion _completion;

    public DossierCompletionTests()
    {
        _store = new LiteDossierStore(_temp.Db);
        _completion = new DossierCompletion(_store);
    }

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(DossierStatus.Processing)]
    [InlineData(DossierStatus.AwaitingSupplement)]
    public void An_open_dossier_of_the_unit_is_finished_now_whatever_the_case_of_its_code(DossierStatus status)
    {
        _store.Upsert([Dossier("SNV", "HS-1", status)]);

        var outcome = _completion.Finish("SNV", " hs-1 ", Now);

        Assert.Null(outcome.Problem);
        Assert.Equal((DossierStatus.Done, Now), (outcome.Dossier!.Status, outcome.Dossier.FinishedUtc!.Value));
        Assert.Empty(_store.ListOpen("SNV"));
    }

    [Fact]
    public void Another_units_dossier_is_not_found_and_stays_open()
    {
        _store.Upsert([Dossier("STP", "HS-1", DossierStatus.Processing)]);

        Assert.Equal(DossierProblem.NotFound, _completion.Finish("SNV", "HS-1", Now).Problem);
        Assert.Single(_store.ListOpen("STP"));
    }

    [Theory]
    [InlineData(DossierStatus.Done)]
    [InlineData(DossierStatus.Withdrawn)]
    [InlineData(DossierStatus.Stopped)]
    public void A_closed_dossier_is_left_as_it_is(DossierStatus status)
    {
        _store.Upsert([Dossier("SNV", "HS-1", status)]);

        var outcome = _completion.Finish("SNV", "HS-1", Now);

        Assert.Equal((DossierProblem.AlreadyClosed, status), (outcome.Problem, outcome.Dossier!.Status));
        Assert.Equal(status, _store.Find("SNV", "HS-1")!.Status);
    }

    private static Dossier Dossier(string unit, string code, DossierStatus status) =>
        new(unit, code, "Cấp phép", Now.AddDays(-10), Now.AddDays(-1), status, null, Now.AddDays(-2));
}
