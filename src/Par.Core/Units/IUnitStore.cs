namespace Par.Core.Units;

public interface IUnitStore
{
    Unit? Find(string code);
    IReadOnlyList<Unit> List(bool includeArchived = false);
    void Upsert(Unit unit);
    /// <summary>Adds or replaces each unit by code, all in one transaction.</summary>
    void Upsert(IReadOnlyCollection<Unit> units);
}
