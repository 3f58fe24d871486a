namespace Par.Core.Tasks;

/// <summary>Why a task could not be assigned or finished. The edge words it in Vietnamese or English.</summary>
public enum TaskProblem
{
    UnknownUnit,
    DeadlineInPast,
    MissingDescription,
    DescriptionTooLong,
    NotFound,
    OtherUnit,
    AlreadyFinished,
    MissingResult,
    ResultTooLong,
}
