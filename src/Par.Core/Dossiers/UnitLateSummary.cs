namespace Par.Core.Dossiers;

/// <summary>
/// One unit's late items, oldest due first. <paramref name="Overdue"/> counts every overdue item,
/// long-overdue ones included; <paramref name="LongOverdue"/> is the part of them to escalate.
/// </summary>
public sealed record UnitLateSummary(string UnitCode, int Overdue, int DueSoon, int LongOverdue, IReadOnlyList<LateItem> Items);
