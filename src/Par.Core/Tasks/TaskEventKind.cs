namespace Par.Core.Tasks;

/// <summary>What a line of a task's history records.</summary>
public enum TaskEventKind
{
    Assigned,
    ResponsibleNamed,
    Note,
    PartConfirmed,
    ExtensionAsked,
    ExtensionApproved,
    ExtensionRejected,
    Finished,
}
