namespace Par.Core.Tasks;

/// <summary>Why a task could not be assigned, worked on or finished. The edge words it in Vietnamese or English.</summary>
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
    CoordinatorIsLead,
    ExpectedTooLong,
    /// <summary>Only the lead unit's head (or an admin) names the responsible person.</summary>
    NotLeadHead,
    /// <summary>The person named is not a member of the lead unit.</summary>
    NotLeadMember,
    MissingNote,
    NoteTooLong,
    /// <summary>The sender's unit is not one of the task's coordinating units.</summary>
    NotCoordinator,
    AlreadyConfirmed,
    /// <summary>More time is asked before the deadline, not after it.</summary>
    ExtensionAfterDeadline,
    /// <summary>The new deadline is not after the one in force.</summary>
    ExtensionNotLater,
    ExtensionPending,
    NoPendingExtension,
    MissingReason,
    /// <summary>Only admins decide extensions.</summary>
    NotAdmin,
    /// <summary>A file's deadline cell is not a date (or date and time).</summary>
    BadDeadline,
    BadPriority,
    BadDocument,
}
