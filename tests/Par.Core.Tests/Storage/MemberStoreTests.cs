using Par.Core.Members;
using Par.Core.Storage;

namespace Par.Core.Tests.Storage;

public sealed class MemberStoreTests : IDisposable
{
    private readonly TempDatabase _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Marking_unreachable_sets_only_that_flag()
    {
        var store = new LiteMemberStore(_temp.Db);
        store.Upsert(new Member { UserId = 5, ChatId = 5, UnitCode = "SNV", UnitRole = Role.Head, Name = "An", Language = "en" });

        store.MarkUnreachable(5);
        store.MarkUnreachable(404);

        var member = store.Find(5)!;
        Assert.True(member.Unreachable);
        Assert.Equal(("SNV", Role.Head, "An", "en"), (member.UnitCode, member.UnitRole, member.Name, member.Language));
        Assert.Single(store.ListAll());
    }

    [Fact]
    public void Marking_reachable_clears_only_that_flag()
    {
        var store = new LiteMemberStore(_temp.Db);
        store.Upsert(new Member { UserId = 5, ChatId = 5, UnitCode = "SNV", UnitRole = Role.Head, Name = "An", Language = "en", Unreachable = true });

        store.MarkReachable(5);
        store.MarkReachable(404);

        var member = store.Find(5)!;
        Assert.False(member.Unreachable);
        Assert.Equal(("SNV", Role.Head, "An", "en"), (member.UnitCode, member.UnitRole, member.Name, member.Language));
        Assert.Single(store.ListAll());
    }

    [Fact]
    public void Setting_the_language_changes_only_the_language_of_a_stored_user()
    {
        var store = new LiteMemberStore(_temp.Db);
        store.Upsert(new Member { UserId = 5, ChatId = 5, UnitCode = "SNV", UnitRole = Role.Deputy, Name = "An", Unreachable = true });

        Assert.True(store.SetLanguage(5, "en"));
        Assert.False(store.SetLanguage(404, "en"));

        var member = store.Find(5)!;
        Assert.Equal(("en", "SNV", Role.Deputy, "An", true), (member.Language, member.UnitCode, member.UnitRole, member.Name, member.Unreachable));
        Assert.Null(store.Find(404));
    }
}
