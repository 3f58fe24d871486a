using Par.Core.Members;

namespace Par.Core.Units;

/// <summary>What a merger writes: the new unit, the archived old ones and their members moved to the new unit.</summary>
public sealed record UnitMerge(Unit Merged, IReadOnlyList<Unit> Archived, IReadOnlyList<Member> Moved);
