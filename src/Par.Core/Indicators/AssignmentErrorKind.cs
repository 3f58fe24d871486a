namespace Par.Core.Indicators;

public enum AssignmentErrorKind
{
    /// <summary>Text that is not a <c>CODE=VALUE</c> pair.</summary>
    Malformed,

    /// <summary>A code the catalogue does not have.</summary>
    UnknownCode,

    /// <summary>A code given a second time on the line; the first value counts.</summary>
    DuplicateCode,

    /// <summary>A value the parser refused; see <see cref="AssignmentError.ValueError"/>.</summary>
    BadValue,
}
