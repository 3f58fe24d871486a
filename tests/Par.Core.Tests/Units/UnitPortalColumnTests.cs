using Par.Core.Tabular;
using Par.Core.Tests.Reports;
using Par.Core.Units;

namespace Par.Core.Tests.Units;

public sealed class UnitPortalColumnTests : IDisposable
{
    private readonly RankingWorld _world = new();

    public void Dispose() => _world.Dispose();

    [Theory]
    [InlineData("portal")]
    [InlineData("Mã cổng DVC")]
    [InlineData("Mã đơn vị trên Cổng")]
    public void A_units_file_may_link_each_unit_to_its_portal_code(string header)
    {
        var table = new Table(["Mã đơn vị", "Tên đơn vị", "Khối", header], [new TableRow(2, ["SNV", "Sở Nội vụ", "sở", " h99.02 "])]);

        var result = _world.UnitService.Import(UnitColumns.Rows(table));

        Assert.Equal("H99.02", Assert.Single(result.Added).PortalCode);
        Assert.Equal("H99.02", _world.Units.Find("SNV")!.PortalCode);
    }

    [Fact]
    public void A_new_portal_code_drops_the_id_learned_for_the_old_one_and_no_column_keeps_the_link()
    {
        _world.UnitService.Save("SNV", "Sở Nội vụ", "sở");
        _world.Units.Upsert(_world.Units.Find("SNV")! with { PortalCode = "H99.02", PortalId = "id-2" });

        _world.UnitService.Import([new UnitRow(2, "SNV", "Sở Nội vụ", "sở")]);
        var kept = _world.Units.Find("SNV")!;
        _world.UnitService.Import([new UnitRow(2, "SNV", "Sở Nội vụ", "sở", "H99.03")]);

        Assert.Equal(("H99.02", "id-2"), (kept.PortalCode, kept.PortalId));
        Assert.Equal(("H99.03", (string?)null), (_world.Units.Find("SNV")!.PortalCode, _world.Units.Find("SNV")!.PortalId));
    }

    [Fact]
    public void A_portal_code_is_a_valid_unit_code()
    {
        Assert.True(UnitCode.IsValid("H99.107"));
    }
}
