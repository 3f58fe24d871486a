namespace Par.Core.Units;

public interface IUnitStore
{
    Unit? Find(string code);
    IReadOnlyList<Unit> List(bool includeArchived = false);
    void Upsert(Unit unit);
}
