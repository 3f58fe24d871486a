using Par.Core.Conversations;
using Par.Core.Storage;

namespace Par.Core.Tests.Storage;

public sealed class DraftStoreTests : IDisposable
{
    private static readonly DateTime Now = new(2025, 5, 20, 1, 0, 0, DateTimeKind.Utc);
    private readonly TempDatabase _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_draft_outlives_the_users_conversation_and_a_restart_until_cleared()
    {
        var draft = new Conversation { UserId = 9001, Flow = "broadcast", Step = "confirm", Data = { ["html"] = "<b>Họp</b>" }, UpdatedUtc = Now };
        new LiteDraftStore(_temp.Db).Save(draft);
        var conversations = new LiteConversationStore(_temp.Db);
        conversations.Save(new Conversation { UserId = 9001, Flow = "task-new", UpdatedUtc = Now });
        conversations.Clear(9001);

        _temp.Reopen();
        var kept = new LiteDraftStore(_temp.Db).Find(9001);

        Assert.Equal(("broadcast", "confirm", "<b>Họp</b>", Now), (kept?.Flow, kept?.Step, kept?.Data["html"], kept?.UpdatedUtc));
        new LiteDraftStore(_temp.Db).Clear(9001);
        Assert.Null(new LiteDraftStore(_temp.Db).Find(9001));
    }
}
