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
    private static readonly DateTime Now = Zones.Utc(2026, 11, 16, 2);
    private static readonly Actor Admin = new(9001, Role.Admin, null);
    private static readonly Actor SnvDeputy = new(501, Role.Deputy, "SNV");
    private readonly TempDatabase _temp = new();
    private readonly LiteDossierStore _dossiers;
    private readonly DossierCompletion _completion;

    public DossierCompletionTests()
    {
        var units = new LiteUnitStore(_temp.Db);
        var unitService = new UnitService(units, Options.Create(new UnitGroupOptions()));
        unitService.Save("SNV", "Sở Nội vụ", "department");
        unitService.Save("STP", "Sở Tư pháp", "department");
        _dossiers = new LiteDossierStore(_temp.Db);
        _dossiers.Upsert([Open("SNV", "HS-1"), Open("STP", "HS-1"), Open("STP", "HS-2") with { Status = DossierStatus.Returned }]);
        _completion = new DossierCompletion(_dossiers, units);
    }

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("member, own unit", 501, "SNV", "SNV", "HS-1")]
    [InlineData("admin, any unit", 9001, null, "stp", "hs-1")]
    public void A_member_settles_their_units_dossier_and_an_admin_any_units(string who, long userId, string? ownUnit, string unit, string code)
    {
        var by = new Actor(userId, ownUnit is null ? Role.Admin : Role.Deputy, ownUnit);

        var outcome = _completion.Finish(by, unit, code, Now);

        Assert.True(outcome.Problem is null, who);
        Assert.Equal((DossierStatus.Done, Now), (outcome.Dossier!.Status, outcome.Dossier.FinishedUtc));
        Assert.Equal(DossierStatus.Done, _dossiers.Find(unit.ToUpperInvariant(), code.ToUpperInvariant())!.Status);
    }

    [Theory]
    [InlineData(501L, "STP", "HS-1", DossierProblem.OtherUnit)]
    [InlineData(9001L, "NOPE", "HS-1", DossierProblem.UnknownUnit)]
    [InlineData(9001L, "SNV", "HS-9", DossierProblem.NotFound)]
    [InlineData(9001L, "STP", "HS-2", DossierProblem.AlreadyClosed)]
    public void What_cannot_be_settled_is_refused_and_nothing_changes(long userId, string unit, string code, DossierProblem expected)
    {
        var outcome = _completion.Finish(userId == 9001 ? Admin : SnvDeputy, unit, code, Now);

        Assert.Equal(expected, outcome.Problem);
        Assert.Equal(["HS-1"], _dossiers.ListOpen("STP").Select(d => d.Code));
        Assert.Equal(["HS-1"], _dossiers.ListOpen("SNV").Select(d => d.Code));
    }

    [Fact]
    public void A_dossier_settled_once_is_refused_the_second_time_with_the_dossier()
    {
        _completion.Finish(Admin, "SNV", "HS-1", Now);

        var again = _completion.Finish(SnvDeputy, "SNV", "HS-1", Now.AddMinutes(5));

        Assert.Equal(DossierProblem.AlreadyClosed, again.Problem);
        Assert.Equal(Now, again.Dossier!.FinishedUtc);
    }

    private static Dossier Open(string unit, string code) =>
        new(unit, code, "Cấp phép", Now.AddDays(-10), Now.AddDays(2), DossierStatus.Processing, null, Now);
}
