namespace Par.Core.Access;

/// <summary>What an <see cref="Actor"/> may ask to do; <see cref="AccessPolicy"/> says who may, and to which unit.</summary>
public enum Permission
{
    /// <summary>Start, help, cancel, choose a language, acknowledge a broadcast: everyone, strangers included.</summary>
    UseBot,
    /// <summary>Store a unit's report: guided, one line or from a file.</summary>
    ReportFor,
    /// <summary>A unit's score, band and place (<c>/rank</c>).</summary>
    ViewRank,
    /// <summary>A group's leaderboard (<c>/top</c>), whichever group.</summary>
    ViewTop,
    /// <summary>A unit's overdue and due-soon items (<c>/overdue</c>).</summary>
    ViewOverdue,
    /// <summary>A unit's open tasks (<c>/tasks</c>).</summary>
    ViewTasks,
    /// <summary>Settle a unit's dossier or finish its task (<c>/done</c>, the done button).</summary>
    MarkDone,
    /// <summary>Import a unit's dossiers from a file.</summary>
    ImportDossiers,
    /// <summary>
    /// Work on every unit at once: the per-unit overviews of <c>/overdue</c> and <c>/tasks</c> and the buttons under
    /// them, a dossier file whose rows name their units. Usage texts show forms that name a unit only to who has it.
    /// </summary>
    AllUnits,
    /// <summary>Invite a deputy to a unit.</summary>
    InviteDeputy,
    /// <summary>See a unit's members and open invite codes, remove a deputy, revoke a code (a head: their own unit's).</summary>
    ManageMembers,
    /// <summary>Invite a unit's head, one unit or every unit without one.</summary>
    InviteHead,
    /// <summary>Assign a task to a unit.</summary>
    AssignTask,
    /// <summary>Add, import, archive and merge units.</summary>
    ManageUnits,
    /// <summary>Send a broadcast and follow its acknowledgements.</summary>
    Broadcast,
    /// <summary>Export reports and rankings as files.</summary>
    Export,
    /// <summary>Lock and unlock reporting periods.</summary>
    LockPeriod,
    /// <summary>Set a period's reference values.</summary>
    SetReference,
    /// <summary>Import the national portal's official figures for a period and create the units they name.</summary>
    ImportPortal,
    /// <summary>See the reminder schedules.</summary>
    ViewSchedule,
    /// <summary>The monthly emulation table (<c>/emulation</c>): an admin every unit's, a head their own unit's line.</summary>
    ViewEmulation,

    /// <summary>See when the store was last backed up, and any failure (<c>/backup</c>).</summary>
    ViewBackups,
}
