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
}
