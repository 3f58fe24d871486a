namespace Par.Core.Reports;

/// <summary>Why a report, or a row of a report file, was refused.</summary>
public enum ReportProblemKind
{
    /// <summary>No unit has the code.</summary>
    UnknownUnit,

    /// <summary>The unit was archived (merged or closed).</summary>
    ArchivedUnit,

    /// <summary>The reporter is a member of another unit.</summary>
    NotYourUnit,

    /// <summary>Not a month, quarter or year.</summary>
    BadPeriod,

    /// <summary>The period has not started yet.</summary>
    FuturePeriod,

    /// <summary>An admin locked the period.</summary>
    LockedPeriod,

    /// <summary>Text that is not a <c>CODE=VALUE</c> pair.</summary>
    Malformed,

    /// <summary>A code the catalogue does not have.</summary>
    UnknownCode,

    /// <summary>The same indicator twice.</summary>
    DuplicateCode,

    /// <summary>A value that is not a valid percent or ratio; see <see cref="ReportProblem.ValueError"/>.</summary>
    BadValue,

    /// <summary>No value at all.</summary>
    NoValues,

    /// <summary>A second row of a file for the same unit and period.</summary>
    DuplicateRow,

    /// <summary>The portal published the metric for the unit and period; see <see cref="ReportProblem.Official"/>.</summary>
    OfficialValue,
}
