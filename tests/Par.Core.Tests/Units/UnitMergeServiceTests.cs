using Par.Core.Members;
using Par.Core.Tests.Reports;

namespace Par.Core.Tests.Units;

public sealed class UnitMergeServiceTests : IDisposable
{
    private readonly RankingWorld _world = new RankingWorld().WithUnits("XA-A:commune XA-B:commune XA-C:commune SNV:department");

    public void Dispose() => _world.Dispose();

    [Fact]
    public void Merge_moves_members_archives_the_old_units_and_records_predecessors()
    {
        _world.Members.Upsert(new Member { UserId = 1, ChatId = 1, UnitCode = "XA-A", UnitRole = Role.Head });
        _world.Members.Upsert(new Member { UserId = 2, ChatId = 2, UnitCode = "XA-B", UnitRole = Role.Deputy });
        _world.Members.Upsert(new Member { UserId = 3, ChatId = 3, UnitCode = "XA-C", UnitRole = Role.Head });

        var result = _world.Merges.Merge("xa-n", " Xã Tân Hòa ", "Commune", ["XA-A", "xa-b"]);
        _world.Reopen();

        Assert.True(result.IsApplied);
        var merged = _world.Units.Find("XA-N")!;
        Assert.Equal(("Xã Tân Hòa", "commune", false), (merged.Name, merged.Group, merged.Archived));
        Assert.Equal(["XA-A", "XA-B"], merged.Predecessors);
        Assert.True(_world.Units.Find("XA-A")!.Archived);
        Assert.True(_world.Units.Find("XA-B")!.Archived);
        Assert.Equal([(1L, Role.Head), (2L, Role.Deputy)], _world.Members.ListByUnit("XA-N").OrderBy(m => m.UserId).Select(m => (m.UserId, m.UnitRole)));
        Assert.Equal("XA-C", _world.Members.Find(3)!.UnitCode);
        Assert.Equal(["SNV", "XA-C", "XA-N"], _world.Units.List().Select(u => u.Code));
    }

    [Fact]
    public void A_plan_says_who_moves_from_where_and_changes_nothing()
    {
        _world.Members.Upsert(new Member { UserId = 1, ChatId = 1, UnitCode = "XA-A", UnitRole = Role.Head });
        _world.Members.Upsert(new Member { UserId = 2, ChatId = 2, UnitCode = "XA-A", UnitRole = Role.Deputy });

        var plan = _world.Merges.Plan("XA-N", "Xã Tân Hòa", "commune", ["XA-A", "XA-B"]).Merge!;

        Assert.Equal(new Dictionary<string, int> { ["XA-A"] = 2, ["XA-B"] = 0 }, plan.MovingFrom);
        Assert.Equal(["XA-A", "XA-B"], plan.Archived.Select(u => u.Code));
        Assert.All(plan.Moved, m => Assert.Equal("XA-N", m.UnitCode));
        Assert.Null(_world.Units.Find("XA-N"));
        Assert.False(_world.Units.Find("XA-A")!.Archived);
        Assert.Equal("XA-A", _world.Members.Find(2)!.UnitCode);
    }

    [Theory]
    [InlineData("XA-N", "commune", "XA-A XA-Z", "UnknownUnit:XA-Z")]
    [InlineData("XA-N", "commune", "XA-A XA-A", "Repeated:XA-A")]
    [InlineData("XA-N", "commune", "XA-A XA-OLD", "AlreadyArchived:XA-OLD")]
    [InlineData("XA-C", "commune", "XA-A XA-B", "NewCodeTaken:XA-C")]
    [InlineData("XA-OLD", "commune", "XA-A XA-B", "NewCodeTaken:XA-OLD")]
    [InlineData("XA-N", "district", "XA-A XA-B", "BadNewUnit:district")]
    [InlineData("1BAD", "commune", "XA-A XA-B", "BadNewUnit:1BAD")]
    [InlineData("XA-N", "commune", "", "NoPredecessors:")]
    public void Merge_refuses_and_changes_nothing(string code, string group, string old, string expected)
    {
        _world.WithUnits("XA-OLD:commune");
        _world.UnitService.Archive("XA-OLD");
        _world.Members.Upsert(new Member { UserId = 1, ChatId = 1, UnitCode = "XA-A", UnitRole = Role.Head });

        var result = _world.Merges.Merge(code, "Xã mới", group, old.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal([expected], result.Problems.Select(p => $"{p.Kind}:{p.Value}"));
        Assert.False(_world.Units.Find("XA-A")!.Archived);
        Assert.Equal("XA-A", _world.Members.Find(1)!.UnitCode);
        Assert.Null(_world.Units.Find("XA-N"));
    }

    [Fact]
    public void The_merged_units_name_is_stored_without_control_or_bidi_characters()
    {
        _world.Merges.Merge("XA-N", "Xã\u202E Tân\0 Hòa\u001b", "commune", ["XA-A", "XA-B"]);

        Assert.Equal("Xã Tân Hòa", _world.Units.Find("XA-N")!.Name);
    }
}
