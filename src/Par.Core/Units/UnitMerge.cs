using Par.Core.Members;

namespace Par.Core.Units;

/// <summary>
/// What a merger writes: the new unit, the archived old ones and their members moved to the new unit;
/// <paramref name="MovingFrom"/> says how many members each old unit (by code) hands over.
/// </summary>
public sealed record UnitMerge(Unit Merged, IReadOnlyList<Unit> Archived, IReadOnlyList<Member> Moved, IReadOnlyDictionary<string, int> MovingFrom);
