using Par.Core.Tasks;

namespace Par.Core.Dossiers;

/// <summary>
/// What is late, read from the stores: open dossiers and open tasks classified by <see cref="LateItems"/>.
/// Only open items are read, and across all units only those due within the due-soon window.
/// </summary>
public sealed class LateItemsService(IDossierStore dossiers, ITaskStore tasks)
{
    /// <summary>One unit's overdue and due-soon items and its dossiers waiting for the citizen, oldest due first.</summary>
    public UnitLateSummary ForUnit(string unitCode, DateTimeOffset now, LateRules rules)
    {
        var open = OpenForUnit(unitCode, now, rules);
        var summary = LateItems.ByUnit(open).SingleOrDefault() ?? new UnitLateSummary(unitCode, 0, 0, 0, [], []);
        return summary with { Waiting = [.. open.Where(item => item.Status == LateStatus.Waiting)] };
    }

    /// <summary>Every open item of the unit, late or not, oldest due first: what may be marked done.</summary>
    public IReadOnlyList<LateItem> OpenForUnit(string unitCode, DateTimeOffset now, LateRules rules)
    {
        var items = dossiers.ListOpen(unitCode).Select(d => d.ToTrackedItem())
            .Concat(tasks.ListOpen(unitCode).Select(t => t.ToTrackedItem()))
            .Select(item => LateItems.Classify(item, now, rules))
            .ToList();
        items.Sort(LateItems.OldestDueFirst);
        return items;
    }

    /// <summary>Every unit that has overdue or due-soon items, by unit code.</summary>
    public IReadOnlyList<UnitLateSummary> ForAllUnits(DateTimeOffset now, LateRules rules)
    {
        var dueBy = now.UtcDateTime + rules.DueSoonWindow;
        var items = dossiers.ListOpenDueBy(dueBy).Select(d => d.ToTrackedItem())
            .Concat(tasks.ListOpen().Select(t => t.ToTrackedItem()));
        return LateItems.ByUnit(LateItems.Find(items, now, rules));
    }
}
