using Par.Core.Members;

namespace Par.Core.Storage;

internal sealed class LiteMemberStore(ParDatabase db) : IMemberStore
{
    private readonly LiteDB.ILiteCollection<Member> _members = db.Collection<Member>(Collections.Members);

    public Member? Find(long userId) => _members.FindById(userId);

    public void Upsert(Member member) => _members.Upsert(member);

    public IReadOnlyList<Member> ListByUnit(string unitCode) =>
        _members.Find(m => m.UnitCode == unitCode).ToList();

    public IReadOnlyList<Member> ListAll() => _members.FindAll().ToList();

    /// <summary>Sets the one flag in place, so a concurrent change to the member (a merge moving it) is kept.</summary>
    public void MarkUnreachable(long chatId) =>
        _members.UpdateMany("{ Unreachable: true }", LiteDB.BsonExpression.Create("ChatId = @0", chatId));

    public void MarkReachable(long userId) =>
        _members.UpdateMany("{ Unreachable: false }", LiteDB.BsonExpression.Create("_id = @0", userId));

    public bool SetLanguage(long userId, string language) =>
        _members.UpdateMany(LiteDB.BsonExpression.Create("{ Language: @0 }", language), LiteDB.BsonExpression.Create("_id = @0", userId)) > 0;
}
