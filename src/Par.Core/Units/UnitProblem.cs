namespace Par.Core.Units;

/// <summary>Why a unit could not be added or imported; the edge phrases it in the user's language.</summary>
public enum UnitProblem
{
    BadCode,
    MissingName,
    NameTooLong,
    UnknownGroup,
    DuplicateInFile,
    NotFound,
    AlreadyArchived,
}
