using Par.Core.Members;
using Par.Core.Text;

namespace Par.Core.Units;

/// <summary>
/// Merges units into a new one, as provinces reorganise: members move to the new unit, the old units are archived,
/// and the new unit lists them as predecessors so its earlier figures are theirs combined.
/// </summary>
public sealed class UnitMergeService(UnitService unitService, IUnitStore units, IMemberStore members, IUnitMergeStore store)
{
    /// <summary>Checks the merger and applies it when nothing stops it.</summary>
    public UnitMergeResult Merge(string newCode, string name, string group, IReadOnlyList<string> oldCodes)
    {
        var result = Plan(newCode, name, group, oldCodes);
        if (result.Merge is { } merge)
            store.Apply(merge);
        return result;
    }

    /// <summary>What the merger would write as things stand now, or what stops it; changes nothing.</summary>
    public UnitMergeResult Plan(string newCode, string name, string group, IReadOnlyList<string> oldCodes)
    {
        var problems = new List<UnitMergeProblem>();
        if (unitService.Check(newCode, name, group) is { } bad)
        {
            var value = bad switch { UnitProblem.BadCode => newCode, UnitProblem.UnknownGroup => group, _ => name };
            problems.Add(new UnitMergeProblem(UnitMergeProblemKind.BadNewUnit, value, bad));
        }
        else if (units.Find(UnitCode.Normalize(newCode)) is not null)
        {
            problems.Add(new UnitMergeProblem(UnitMergeProblemKind.NewCodeTaken, UnitCode.Normalize(newCode)));
        }

        var old = FindOld(oldCodes, problems);
        if (problems.Count > 0)
        {
            return new UnitMergeResult(null, problems);
        }

        var merged = new Unit
        {
            Code = UnitCode.Normalize(newCode),
            Name = UserText.CleanLine(name),
            Group = unitService.Groups.Find(group)!.Code,
            Predecessors = [.. old.Select(unit => unit.Code)],
        };
        var leaving = old.ToDictionary(unit => unit.Code, unit => members.ListByUnit(unit.Code));
        var moved = old.SelectMany(unit => leaving[unit.Code]).Select(member => member with { UnitCode = merged.Code }).ToList();
        var merge = new UnitMerge(
            merged, [.. old.Select(unit => unit with { Archived = true })], moved, leaving.ToDictionary(pair => pair.Key, pair => pair.Value.Count));
        return new UnitMergeResult(merge, []);
    }

    private List<Unit> FindOld(IReadOnlyList<string> oldCodes, List<UnitMergeProblem> problems)
    {
        if (oldCodes.Count == 0)
        {
            problems.Add(new UnitMergeProblem(UnitMergeProblemKind.NoPredecessors));
        }

        var old = new List<Unit>();
        foreach (var code in oldCodes.Select(UnitCode.Normalize))
        {
            var unit = units.Find(code);
            if (unit is null)
            {
                problems.Add(new UnitMergeProblem(UnitMergeProblemKind.UnknownUnit, code));
            }
            else if (old.Exists(u => u.Code == unit.Code))
            {
                problems.Add(new UnitMergeProblem(UnitMergeProblemKind.Repeated, code));
            }
            else if (unit.Archived)
            {
                problems.Add(new UnitMergeProblem(UnitMergeProblemKind.AlreadyArchived, code));
            }
            else
            {
                old.Add(unit);
            }
        }

        return old;
    }
}
