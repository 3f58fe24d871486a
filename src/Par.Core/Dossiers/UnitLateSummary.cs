namespace Par.Core.Dossiers;

/// <summary>
/// One unit's late items, oldest due first. <paramref name="Overdue"/> counts every overdue item,
/// long-overdue ones included; <paramref name="LongOverdue"/> is the part of them to escalate.
/// <paramref name="Waiting"/> holds the unit's dossiers waiting for the citizen, oldest due first: shown in the
/// unit's own list, never counted as late, and left empty in summaries across units (digests, escalation, counts).
/// </summary>
public sealed record UnitLateSummary(
    string UnitCode,
    int Overdue,
    int DueSoon,
    int LongOverdue,
    IReadOnlyList<LateItem> Items,
    IReadOnlyList<LateItem> Waiting);
