namespace Par.Core.Conversations;

public interface IConversationStore
{
    Conversation? Find(long userId);
    void Save(Conversation conversation);
    void Clear(long userId);
}
