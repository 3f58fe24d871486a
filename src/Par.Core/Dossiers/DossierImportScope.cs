namespace Par.Core.Dossiers;

/// <summary>
/// Whose dossiers a file holds. A head's or deputy's file is all their own unit's, whatever a
/// <c>unit</c> column says (exports often put the unit's name there). An admin's file must have a
/// <c>unit</c> column naming known unit codes, matched without regard to case.
/// </summary>
public sealed class DossierImportScope
{
    private readonly string? _ownUnitCode;
    private readonly Dictionary<string, string> _knownUnitCodes;

    private DossierImportScope(string? ownUnitCode, IEnumerable<string> knownUnitCodes)
    {
        this._ownUnitCode = ownUnitCode;
        this._knownUnitCodes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var code in knownUnitCodes)
        {
            this._knownUnitCodes.TryAdd(code, code);
        }
    }

    public bool RequiresUnitColumn => _ownUnitCode is null;

    public static DossierImportScope ForUnit(string unitCode) => new(unitCode, []);

    public static DossierImportScope ForAdmin(IEnumerable<string> knownUnitCodes) => new(null, knownUnitCodes);

    /// <summary>The unit a row belongs to, given its <c>unit</c> cell; false when the cell names no known unit.</summary>
    public bool TryResolveUnit(string cell, out string unitCode)
    {
        if (_ownUnitCode is not null)
        {
            unitCode = _ownUnitCode;
            return true;
        }

        var found = _knownUnitCodes.TryGetValue(cell.Trim(), out var known);
        unitCode = known ?? "";
        return found;
    }
}
