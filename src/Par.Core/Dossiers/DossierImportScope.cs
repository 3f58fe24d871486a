namespace Par.Core.Dossiers;

/// <summary>
/// Whose dossiers a file holds. A head's or deputy's file is all their own unit's, whatever a
/// <c>unit</c> column says (exports often put the unit's name there). An admin's file must have a
/// <c>unit</c> column naming known unit codes, matched without regard to case.
/// </summary>
public sealed class DossierImportScope
{
    private readonly string? ownUnitCode;
    private readonly Dictionary<string, string> knownUnitCodes;

    private DossierImportScope(string? ownUnitCode, IEnumerable<string> knownUnitCodes)
    {
        this.ownUnitCode = ownUnitCode;
        this.knownUnitCodes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var code in knownUnitCodes)
        {
            this.knownUnitCodes.TryAdd(code, code);
        }
    }

    public bool RequiresUnitColumn => ownUnitCode is null;

    public static DossierImportScope ForUnit(string unitCode) => new(unitCode, []);

    public static DossierImportScope ForAdmin(IEnumerable<string> knownUnitCodes) => new(null, knownUnitCodes);

    /// <summary>The unit a row belongs to, given its <c>unit</c> cell; false when the cell names no known unit.</summary>
    public bool TryResolveUnit(string cell, out string unitCode)
    {
        if (ownUnitCode is not null)
        {
            unitCode = ownUnitCode;
            return true;
        }

        var found = knownUnitCodes.TryGetValue(cell.Trim(), out var known);
        unitCode = known ?? "";
        return found;
    }
}
