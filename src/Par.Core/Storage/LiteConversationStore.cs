using Par.Core.Conversations;

namespace Par.Core.Storage;

internal sealed class LiteConversationStore(ParDatabase db) : IConversationStore
{
    private readonly LiteDB.ILiteCollection<Conversation> _conversations = db.Collection<Conversation>(Collections.Conversations);

    public Conversation? Find(long userId) => _conversations.FindById(userId);

    public void Save(Conversation conversation) => _conversations.Upsert(conversation);

    public void Clear(long userId) => _conversations.Delete(userId);
}
