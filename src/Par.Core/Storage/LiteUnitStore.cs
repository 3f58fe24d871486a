using Par.Core.Units;

namespace Par.Core.Storage;

internal sealed class LiteUnitStore(ParDatabase db) : IUnitStore
{
    private readonly LiteDB.ILiteCollection<Unit> _units = db.Collection<Unit>(Collections.Units);

    public Unit? Find(string code) => _units.FindById(code.ToUpperInvariant());

    public IReadOnlyList<Unit> List(bool includeArchived = false) =>
        (includeArchived ? _units.FindAll() : _units.Find(u => !u.Archived)).OrderBy(u => u.Code, StringComparer.Ordinal).ToList();

    public void Upsert(Unit unit) => _units.Upsert(Normalized(unit));

    /// <summary>One bulk call in one transaction: a file of 100 000 units is stored in seconds, not one row per commit.</summary>
    public void Upsert(IReadOnlyCollection<Unit> units) => db.InTransaction(() => _units.Upsert(units.Select(Normalized)));

    private static Unit Normalized(Unit unit) => unit with { Code = unit.Code.ToUpperInvariant() };
}
