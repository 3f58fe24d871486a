namespace Par.Core.Units;

/// <summary>Adds, imports and archives units; a unit is archived, never deleted.</summary>
public sealed class UnitService(IUnitStore units, UnitGroups groups)
{
    public const int MaxNameLength = 200;

    public UnitGroups Groups => groups;

    public UnitProblem? Check(string code, string name, string group)
    {
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
        var unit = new Unit { Code = UnitCode.Normalize(code), Name = name.Trim(), Group = FindGroup(group)! };
        var existing = units.Find(unit.Code);
        unit = existing is null ? unit : existing with { Name = unit.Name, Group = unit.Group, Archived = false };
        units.Upsert(unit);
        return (unit, null);
    }

    /// <summary>Validates every row first; stores only the good rows.</summary>
    public UnitImportResult Import(IEnumerable<UnitRow> rows)
    {
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
            var isNew = units.Find(row.Code) is null;
            var (unit, _) = Save(row.Code, row.Name, row.Group);
            if (!string.IsNullOrWhiteSpace(row.Portal) && !string.Equals(unit!.PortalCode, row.Portal.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                // A new portal code is a new link: the id learned for the old one no longer applies.
                unit = unit with { PortalCode = row.Portal.Trim().ToUpperInvariant(), PortalId = null };
                units.Upsert(unit);
            }

            (isNew ? added : updated).Add(unit!);
        }
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

    /// <summary>The code of the group a person typed (<c>xã</c>, <c>Sở</c>, <c>commune</c>), or null.</summary>
    private string? FindGroup(string group) => groups.Find(group)?.Code;

    private static string ValueFor(UnitProblem problem, UnitRow row) => problem switch
    {
        UnitProblem.BadCode => row.Code,
        UnitProblem.UnknownGroup => row.Group,
        _ => row.Name.Length > 40 ? row.Name[..40] + "…" : row.Name,
    };
}
