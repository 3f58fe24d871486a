namespace Par.Core.Dossiers;

/// <summary>
/// What is late at a given moment. An unfinished item is overdue once now is past its due time
/// (due exactly now is still due soon), long overdue when late by more than
/// <see cref="LateRules.EscalateAfter"/>, and due soon when due within
/// <see cref="LateRules.DueSoonWindow"/>, edge included. Finished items are never late, nor are dossiers
/// waiting for the citizen: the law pauses their deadline clock, so every list, digest and escalation leaves them out.
/// </summary>
public static class LateItems
{
    public static LateItem Classify(TrackedItem item, DateTimeOffset now, LateRules rules)
    {
        var untilDue = item.DueUtc - now.UtcDateTime;
        var status = item.FinishedUtc is not null ? LateStatus.None
            : item.WaitsForCitizen ? LateStatus.Waiting
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
            if (late.IsLate)
            {
                yield return late;
            }
        }
    }

    /// <summary>Late items per unit (units by code), each unit's items oldest due first; items that are not late (or waiting) are left out.</summary>
    public static IReadOnlyList<UnitLateSummary> ByUnit(IEnumerable<LateItem> late)
    {
        var units = new Dictionary<string, List<LateItem>>(StringComparer.Ordinal);
        foreach (var item in late)
        {
            if (!item.IsLate)
            {
                continue;
            }

            if (!units.TryGetValue(item.Item.UnitCode, out var items))
            {
                units.Add(item.Item.UnitCode, items = []);
            }

            items.Add(item);
        }

        return [.. units.OrderBy(unit => unit.Key, StringComparer.Ordinal).Select(unit => Summarise(unit.Key, unit.Value))];
    }

    private static UnitLateSummary Summarise(string unitCode, List<LateItem> items)
    {
        items.Sort(OldestDueFirst);
        int overdue = 0, dueSoon = 0, longOverdue = 0;
        foreach (var item in items)
        {
            overdue += item.IsOverdue ? 1 : 0;
            dueSoon += item.Status == LateStatus.DueSoon ? 1 : 0;
            longOverdue += item.Status == LateStatus.LongOverdue ? 1 : 0;
        }

        return new UnitLateSummary(unitCode, overdue, dueSoon, longOverdue, items, []);
    }

    /// <summary>Oldest due first, then by code and kind, so a list reads the same on every page and every day.</summary>
    public static int OldestDueFirst(LateItem x, LateItem y)
    {
        var byDue = x.Item.DueUtc.CompareTo(y.Item.DueUtc);
        if (byDue != 0)
        {
            return byDue;
        }

        var byCode = string.CompareOrdinal(x.Item.Code, y.Item.Code);
        return byCode != 0 ? byCode : x.Item.Kind.CompareTo(y.Item.Kind);
    }
}
