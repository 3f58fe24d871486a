namespace Par.Core.Dossiers;

/// <summary>
/// What is late at a given moment. An unfinished item is overdue once now is past its due time
/// (due exactly now is still due soon), long overdue when late by more than
/// <see cref="LateRules.EscalateAfter"/>, and due soon when due within
/// <see cref="LateRules.DueSoonWindow"/>, edge included. Finished items are never late.
/// </summary>
public static class LateItems
{
    public static LateItem Classify(TrackedItem item, DateTimeOffset now, LateRules rules)
    {
        var untilDue = item.DueUtc - now.UtcDateTime;
        var status = item.FinishedUtc is not null ? LateStatus.None
            : untilDue < TimeSpan.Zero ? (untilDue.Negate() > rules.EscalateAfter ? LateStatus.LongOverdue : LateStatus.Overdue)
            : untilDue <= rules.DueSoonWindow ? LateStatus.DueSoon
            : LateStatus.None;
        return new LateItem(item, status, untilDue);
    }

    /// <summary>The items that are overdue or due soon, lazily, in input order.</summary>
    public static IEnumerable<LateItem> Find(IEnumerable<TrackedItem> items, DateTimeOffset now, LateRules rules)
    {
        foreach (var item in items)
        {
            var late = Classify(item, now, rules);
            if (late.Status != LateStatus.None)
            {
                yield return late;
            }
        }
    }

    /// <summary>Late items per unit (units by code), each unit's items oldest due first; items that are not late are left out.</summary>
    public static IReadOnlyList<UnitLateSummary> ByUnit(IEnumerable<LateItem> late) =>
    [
        .. late
            .Where(item => item.Status != LateStatus.None)
            .GroupBy(item => item.Item.UnitCode, StringComparer.Ordinal)
            .OrderBy(unit => unit.Key, StringComparer.Ordinal)
            .Select(unit => Summarise(unit.Key, unit)),
    ];

    private static UnitLateSummary Summarise(string unitCode, IEnumerable<LateItem> items)
    {
        LateItem[] sorted =
        [
            .. items
                .OrderBy(item => item.Item.DueUtc)
                .ThenBy(item => item.Item.Code, StringComparer.Ordinal),
        ];
        return new UnitLateSummary(
            unitCode,
            Overdue: sorted.Count(item => item.IsOverdue),
            DueSoon: sorted.Count(item => item.Status == LateStatus.DueSoon),
            LongOverdue: sorted.Count(item => item.Status == LateStatus.LongOverdue),
            sorted);
    }
}
