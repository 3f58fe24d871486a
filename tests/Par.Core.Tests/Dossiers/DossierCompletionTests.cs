using Microsoft.Extensions.Options;
using Par.Core.Access;
using Par.Core.Dossiers;
using Par.Core.Members;
using Par.Core.Storage;
using Par.Core.Tests.Storage;
using Par.Core.Units;

namespace Par.Core.Tests.Dossiers;

public sealed class DossierCompletionTests : IDisposable
{
    private static readonly DateTime Now = Zones.Utc(2025, 5, 20, 1);
    private static readonly Actor Admin = new(9001, Role.Admin, null);
    private static readonly Actor SnvDeputy = new(501, Role.Deputy, "SNV");
    private readonly TempDatabase _temp = new();
    private readonly LiteDossierStore _store;
    private readonly DossierCompletion _completion;

    public DossierCompletionTests()
    {
        var units = new LiteUnitStore(_temp.Db);
        var unitService = new UnitService(units, new UnitGroups(Options.Create(new UnitGroupOptions())));
        unitService.Save("SNV", "Sở Nội vụ", "department");
        unitService.Save("STP", "Sở Tư pháp", "department");
        _store = new LiteDossierStore(_temp.Db);
        _completion = new DossierCompletion(_store, units);
    }

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(DossierStatus.Processing)]
    [InlineData(DossierStatus.AwaitingSupplement)]
    public void An_open_dossier_of_the_unit_is_finished_now_whatever_the_case_of_its_code(DossierStatus status)
    {
        _store.Upsert([Dossier("SNV", "HS-1", status)]);

        var outcome = _completion.Finish(SnvDeputy, "SNV", " hs-1 ", Now);

        Assert.Null(outcome.Problem);
        Assert.Equal((DossierStatus.Done, Now), (outcome.Dossier!.Status, outcome.Dossier.FinishedUtc!.Value));
        Assert.Empty(_store.ListOpen("SNV"));
    }

    [Fact]
    public void Another_units_dossier_is_not_found_and_stays_open()
    {
        _store.Upsert([Dossier("STP", "HS-1", DossierStatus.Processing)]);

        Assert.Equal(DossierProblem.NotFound, _completion.Finish(SnvDeputy, "SNV", "HS-1", Now).Problem);
        Assert.Single(_store.ListOpen("STP"));
    }

    [Theory]
    [InlineData(DossierStatus.Done)]
    [InlineData(DossierStatus.Withdrawn)]
    [InlineData(DossierStatus.Stopped)]
    public void A_closed_dossier_is_left_as_it_is(DossierStatus status)
    {
        _store.Upsert([Dossier("SNV", "HS-1", status)]);

        var outcome = _completion.Finish(SnvDeputy, "SNV", "HS-1", Now);

        Assert.Equal((DossierProblem.AlreadyClosed, status), (outcome.Problem, outcome.Dossier!.Status));
        Assert.Equal(status, _store.Find("SNV", "HS-1")!.Status);
    }

    [Theory]
    [InlineData("member, own unit", 501, "SNV", "SNV", "HS-1")]
    [InlineData("admin, any unit", 9001, null, "stp", "hs-1")]
    public void A_member_settles_their_units_dossier_and_an_admin_any_units(string who, long userId, string? ownUnit, string unit, string code)
    {
        UpsertOneOpenInEachUnitAndOneReturned();
        var by = new Actor(userId, ownUnit is null ? Role.Admin : Role.Deputy, ownUnit);

        var outcome = _completion.Finish(by, unit, code, Now);

        Assert.True(outcome.Problem is null, who);
        Assert.Equal((DossierStatus.Done, Now), (outcome.Dossier!.Status, outcome.Dossier.FinishedUtc));
        Assert.Equal(DossierStatus.Done, _store.Find(unit.ToUpperInvariant(), code.ToUpperInvariant())!.Status);
    }

    [Theory]
    [InlineData(501L, "STP", "HS-1", DossierProblem.OtherUnit)]
    [InlineData(9001L, "NOPE", "HS-1", DossierProblem.UnknownUnit)]
    [InlineData(9001L, "SNV", "HS-9", DossierProblem.NotFound)]
    [InlineData(9001L, "STP", "HS-2", DossierProblem.AlreadyClosed)]
    public void What_cannot_be_settled_is_refused_and_nothing_changes(long userId, string unit, string code, DossierProblem expected)
    {
        UpsertOneOpenInEachUnitAndOneReturned();

        var outcome = _completion.Finish(userId == 9001 ? Admin : SnvDeputy, unit, code, Now);

        Assert.Equal(expected, outcome.Problem);
        Assert.Equal(["HS-1"], _store.ListOpen("STP").Select(d => d.Code));
        Assert.Equal(["HS-1"], _store.ListOpen("SNV").Select(d => d.Code));
    }

    [Fact]
    public void A_dossier_settled_once_is_refused_the_second_time_with_the_dossier()
    {
        UpsertOneOpenInEachUnitAndOneReturned();
        _completion.Finish(Admin, "SNV", "HS-1", Now);

        var again = _completion.Finish(SnvDeputy, "SNV", "HS-1", Now.AddMinutes(5));

        Assert.Equal(DossierProblem.AlreadyClosed, again.Problem);
        Assert.Equal(Now, again.Dossier!.FinishedUtc);
    }

    /// <summary>Both units have an open <c>HS-1</c>, so a dossier found in the wrong unit would show.</summary>
    private void UpsertOneOpenInEachUnitAndOneReturned() =>
        _store.Upsert([
            Dossier("SNV", "HS-1", DossierStatus.Processing),
            Dossier("STP", "HS-1", DossierStatus.Processing),
            Dossier("STP", "HS-2", DossierStatus.Returned),
        ]);

    private static Dossier Dossier(string unit, string code, DossierStatus status) =>
        new(unit, code, "Cấp phép", Now.AddDays(-10), Now.AddDays(-1), status, null, Now.AddDays(-2));
}
