namespace Par.Core.Units;

/// <summary>Why a merger was refused.</summary>
public enum UnitMergeProblemKind
{
    /// <summary>The new unit's code, name or group is invalid; see <see cref="UnitMergeProblem.UnitProblem"/>.</summary>
    BadNewUnit,

    /// <summary>A unit (active or archived) already has the new code.</summary>
    NewCodeTaken,

    /// <summary>No unit to merge was given.</summary>
    NoPredecessors,

    UnknownUnit,

    AlreadyArchived,

    /// <summary>The same old unit twice.</summary>
    Repeated,
}
