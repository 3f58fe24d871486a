using Par.Core.Text;

namespace Par.Core.Units;

/// <summary>
/// Adds, imports and archives units; a unit is archived, never deleted. Names are checked and stored as
/// <see cref="UserText.CleanLine"/> leaves them, whether typed or from a file.
/// </summary>
public sealed class UnitService(IUnitStore units, UnitGroups groups)
{
    public const int MaxNameLength = 200;

    public UnitGroups Groups => groups;

    public UnitProblem? Check(string code, string name, string group)
    {
        name = UserText.CleanLine(name);
        if (!UnitCode.IsValid(code))
            return UnitProblem.BadCode;
        if (string.IsNullOrWhiteSpace(name))
            return UnitProblem.MissingName;
        if (name.Length > MaxNameLength)
            return UnitProblem.NameTooLong;
        return FindGroup(group) is null ? UnitProblem.UnknownGroup : null;
    }

    /// <summary>Adds or renames a unit; returns the problem instead when the values are bad.</summary>
    public (Unit? Unit, UnitProblem? Problem) Save(string code, string name, string group)
    {
        if (Check(code, name, group) is { } problem)
            return (null, problem);
        var unit = Merged(units.Find(UnitCode.Normalize(code)), code, name, group);
        units.Upsert(unit);
        return (unit, null);
    }

    /// <summary>Validates every row first; stores only the good rows, all in one transaction.</summary>
    public UnitImportResult Import(IEnumerable<UnitRow> rows)
    {
        var known = units.List(includeArchived: true).ToDictionary(u => u.Code, StringComparer.OrdinalIgnoreCase);
        var added = new List<Unit>();
        var updated = new List<Unit>();
        var rejected = new List<RejectedRow>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            if (Check(row.Code, row.Name, row.Group) is { } problem)
            {
                rejected.Add(new RejectedRow(row.RowNumber, problem, ValueFor(problem, row)));
                continue;
            }
            if (!seen.Add(row.Code.Trim()))
            {
                rejected.Add(new RejectedRow(row.RowNumber, UnitProblem.DuplicateInFile, row.Code));
                continue;
            }
            var existing = known.GetValueOrDefault(UnitCode.Normalize(row.Code));
            var unit = Merged(existing, row.Code, row.Name, row.Group);
            var portal = UserText.CleanLine(row.Portal);
            if (portal.Length > 0 && !string.Equals(unit.PortalCode, portal, StringComparison.OrdinalIgnoreCase))
            {
                // A new portal code is a new link: the id learned for the old one no longer applies.
                unit = unit with { PortalCode = portal.ToUpperInvariant(), PortalId = null };
            }
            (existing is null ? added : updated).Add(unit);
        }
        units.Upsert([.. added, .. updated]);
        return new UnitImportResult(added, updated, rejected);
    }

    public UnitProblem? Archive(string code)
    {
        var unit = units.Find(code);
        if (unit is null)
            return UnitProblem.NotFound;
        if (unit.Archived)
            return UnitProblem.AlreadyArchived;
        units.Upsert(unit with { Archived = true });
        return null;
    }

    /// <summary>The unit as checked values make it; an existing one keeps its other fields and is brought back from the archive.</summary>
    private Unit Merged(Unit? existing, string code, string name, string group)
    {
        var (trimmed, groupCode) = (UserText.CleanLine(name), FindGroup(group)!);
        return existing is null
            ? new Unit { Code = UnitCode.Normalize(code), Name = trimmed, Group = groupCode }
            : existing with { Name = trimmed, Group = groupCode, Archived = false };
    }

    /// <summary>The code of the group a person typed (<c>xã</c>, <c>Sở</c>, <c>commune</c>), or null.</summary>
    private string? FindGroup(string group) => groups.Find(group)?.Code;

    private static string ValueFor(UnitProblem problem, UnitRow row) => problem switch
    {
        UnitProblem.BadCode => row.Code,
        UnitProblem.UnknownGroup => row.Group,
        _ => row.Name.Length > 40 ? row.Name[..40] + "…" : row.Name,
    };
}
