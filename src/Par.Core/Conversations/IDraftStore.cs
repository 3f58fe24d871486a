namespace Par.Core.Conversations;

/// <summary>
/// Drafts kept apart from the user's current conversation (<see cref="IConversationStore"/>), which any command ends
/// and any other flow replaces: a broadcast waiting to be sent must outlive an admin's <c>/units</c> in between.
/// One per user, stored as a <see cref="Conversation"/> (its flow, step and data); its owner decides when it expires.
/// </summary>
public interface IDraftStore
{
    Conversation? Find(long userId);
    void Save(Conversation draft);
    void Clear(long userId);
}
