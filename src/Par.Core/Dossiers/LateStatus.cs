namespace Par.Core.Dossiers;

public enum LateStatus
{
    /// <summary>Finished, or due later than the due-soon window.</summary>
    None,

    /// <summary>Not finished, due now or within the due-soon window.</summary>
    DueSoon,

    /// <summary>Not finished, and its due time has passed.</summary>
    Overdue,

    /// <summary>Overdue by more than the escalation threshold; also counts as overdue.</summary>
    LongOverdue,

    /// <summary>Not finished, but waiting for the citizen: never late, whatever its due time says.</summary>
    Waiting,
}
