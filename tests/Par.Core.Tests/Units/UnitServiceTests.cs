using Par.Core.Tests.Reports;
using Par.Core.Units;

namespace Par.Core.Tests.Units;

public sealed class UnitServiceTests : IDisposable
{
    private readonly RankingWorld _world = new();

    public void Dispose() => _world.Dispose();

    [Fact]
    public void A_unit_typed_with_a_vietnamese_group_word_stores_the_groups_code()
    {
        var (unit, problem) = _world.UnitService.Save("XA-TP", "Xã Tân Phước", "Khối xã");

        Assert.Null(problem);
        Assert.Equal("commune", unit!.Group);
        Assert.Equal("commune", _world.Units.Find("XA-TP")!.Group);
    }

    [Fact]
    public void A_file_may_name_groups_in_vietnamese_and_a_row_naming_none_is_rejected_with_its_value()
    {
        var result = _world.UnitService.Import(
        [
            new UnitRow(2, "P-BM", "Phường Bình Minh", "Phường"),
            new UnitRow(3, "SNV", "Sở Nội vụ", "so"),
            new UnitRow(4, "H-A", "Huyện A", "huyện"),
        ]);

        Assert.Equal([("P-BM", "commune"), ("SNV", "department")], result.Added.Select(u => (u.Code, u.Group)));
        Assert.Equal(new RejectedRow(4, UnitProblem.UnknownGroup, "huyện"), Assert.Single(result.Rejected));
    }

    [Fact]
    public void Names_typed_or_from_a_file_are_stored_without_control_or_bidi_characters()
    {
        _world.UnitService.Save("XA-A", "Xã\0 An\a Bình\u001b[0m\u202E", "commune");
        var result = _world.UnitService.Import(
        [
            new UnitRow(2, "XA-B", "\u2067Xã Bình\u2069 Minh\u0085", "commune"),
            new UnitRow(3, "XA-C", "\0\a\u202E", "commune"),
        ]);

        Assert.Equal("Xã An Bình[0m", _world.Units.Find("XA-A")!.Name);
        Assert.Equal("Xã Bình Minh", _world.Units.Find("XA-B")!.Name);
        Assert.Equal(UnitProblem.MissingName, Assert.Single(result.Rejected).Problem);
    }
}
