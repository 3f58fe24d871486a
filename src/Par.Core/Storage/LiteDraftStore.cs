using Par.Core.Conversations;

namespace Par.Core.Storage;

internal sealed class LiteDraftStore(ParDatabase db) : IDraftStore
{
    private readonly LiteDB.ILiteCollection<Conversation> _drafts = db.Collection<Conversation>(Collections.Drafts);

    public Conversation? Find(long userId) => _drafts.FindById(userId);

    public void Save(Conversation draft) => _drafts.Upsert(draft);

    public void Clear(long userId) => _drafts.Delete(userId);
}
