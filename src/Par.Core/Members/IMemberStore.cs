namespace Par.Core.Members;

public interface IMemberStore
{
    Member? Find(long userId);
    void Upsert(Member member);
    IReadOnlyList<Member> ListByUnit(string unitCode);
    IReadOnlyList<Member> ListAll();
    void MarkUnreachable(long chatId);
    /// <summary>Clears the blocked flag of a user who wrote again, in place.</summary>
    void MarkReachable(long userId);
    /// <summary>Sets the language the user chose, in place; false when the user is not stored yet.</summary>
    bool SetLanguage(long userId, string language);
}
