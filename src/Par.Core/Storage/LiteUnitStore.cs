using Par.Core.Units;

namespace Par.Core.Storage;

internal sealed class LiteUnitStore(ParDatabase db) : IUnitStore
{
    private readonly LiteDB.ILiteCollection<Unit> _units = db.Collection<Unit>(Collections.Units);

    public Unit? Find(string code) => _units.FindById(code.ToUpperInvariant());

    public IReadOnlyList<Unit> List(bool includeArchived = false) =>
        (includeArchived ? _units.FindAll() : _units.Find(u => !u.Archived)).OrderBy(u => u.Code, StringComparer.Ordinal).ToList();

    public void Upsert(Unit unit) => _units.Upsert(unit with { Code = unit.Code.ToUpperInvariant() });
}
