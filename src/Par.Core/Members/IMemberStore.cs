namespace Par.Core.Members;

public interface IMemberStore
{
    Member? Find(long userId);
    void Upsert(Member member);
    IReadOnlyList<Member> ListByUnit(string unitCode);
    IReadOnlyList<Member> ListAll();
    void MarkUnreachable(long chatId);
}
