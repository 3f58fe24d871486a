using Par.Core.Tasks;
using Par.Core.Units;

namespace Par.Core.Emulation;

/// <summary>
/// The emulation score, pure. For each task that fell due in the month, by its original deadline: the lead unit earns
/// <c>LeadShare × points(status, priority)</c> and each coordinating unit <c>CoordinatorShare × points(its part's status,
/// priority)</c>, statuses taken at T (<see cref="WorkStatuses"/>); the report earns ReportOnTime, ReportLate or
/// ReportMissing; the index earns <c>IndexRank × (N − place + 1) / N</c> among the group's N reporters. Places are by
/// score within each group; equal scores share a place.
/// </summary>
public static class EmulationScoring
{
    public static IReadOnlyList<EmulationRow> Rows(
        IReadOnlyList<Unit> units,
        IReadOnlyList<UnitTask> tasks,
        DateTime atUtc,
        IReadOnlyDictionary<string, ReportTiming> reports,
        IReadOnlyDictionary<string, IndexStanding> index,
        EmulationOptions weights)
    {
        var rows = units.ToDictionary(u => u.Code, u => new Tally(), StringComparer.OrdinalIgnoreCase);
        foreach (var task in tasks)
        {
            if (task.AssignedUtc > atUtc)
                continue;
            if (rows.TryGetValue(task.UnitCode, out var lead))
                lead.Lead(WorkStatuses.Of(task, atUtc), weights.LeadShare * Points(WorkStatuses.Of(task, atUtc), task.Priority, weights));
            foreach (var unit in task.Coordinators)
            {
                if (rows.TryGetValue(unit, out var coordinator))
                    coordinator.Coordinate(weights.CoordinatorShare * Points(WorkStatuses.OfPart(task, unit, atUtc), task.Priority, weights));
            }
        }

        var scored = units.Select(unit =>
        {
            var tally = rows[unit.Code];
            var report = reports.GetValueOrDefault(unit.Code, ReportTiming.Missing);
            var standing = index.GetValueOrDefault(unit.Code) ?? new IndexStanding(null, null, 0);
            return new EmulationRow
            {
                Unit = unit,
                Due = tally.Due,
                OnTime = tally.OnTime,
                Late = tally.LateCount,
                Overdue = tally.OverdueCount,
                InProgress = tally.InProgress,
                Coordinated = tally.Coordinated,
                Report = report,
                Index = standing,
                TaskPoints = tally.Points,
                ReportPoints = report switch
                {
                    ReportTiming.OnTime => weights.ReportOnTime,
                    ReportTiming.Late => weights.ReportLate,
                    ReportTiming.NotDueYet => 0,
                    _ => weights.ReportMissing,
                },
                RankPoints = RankPoints(standing, weights.IndexRank),
            };
        });
        return Place(scored, units);
    }

    /// <summary>Places by score within each unit's group, in the order of <paramref name="groupOrder"/>'s first unit of each group.</summary>
    public static IReadOnlyList<EmulationRow> Place(IEnumerable<EmulationRow> rows, IReadOnlyList<Unit> groupOrder)
    {
        var order = groupOrder.Select(u => u.Group).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var placed = new List<EmulationRow>();
        foreach (var group in rows.GroupBy(r => r.Unit.Group, StringComparer.OrdinalIgnoreCase).OrderBy(g => order.FindIndex(o => string.Equals(o, g.Key, StringComparison.OrdinalIgnoreCase))))
        {
            var ranked = group.OrderByDescending(r => r.Score).ThenBy(r => r.Unit.Code, StringComparer.Ordinal).ToList();
            for (var i = 0; i < ranked.Count; i++)
            {
                var place = i > 0 && ranked[i].Score == ranked[i - 1].Score ? placed[^1].Place : i + 1;
                placed.Add(ranked[i] with { Place = place });
            }
        }
        return placed;
    }

    public static decimal Points(WorkStatus status, TaskPriority priority, EmulationOptions weights) => status switch
    {
        WorkStatus.DoneOnTime => weights.OnTime.For(priority),
        WorkStatus.DoneLate => weights.Late.For(priority),
        WorkStatus.Overdue => weights.Overdue.For(priority),
        _ => 0,
    };

    public static decimal RankPoints(IndexStanding standing, decimal indexRank) =>
        standing is { Place: { } place, Reporters: > 0 and var n } ? Math.Round(indexRank * (n - place + 1) / n, 2) : 0;

    private sealed class Tally
    {
        public int Due { get; private set; }
        public int OnTime { get; private set; }
        public int LateCount { get; private set; }
        public int OverdueCount { get; private set; }
        public int InProgress { get; private set; }
        public int Coordinated { get; private set; }
        public decimal Points { get; private set; }

        public void Lead(WorkStatus status, decimal points)
        {
            Due++;
            Points += points;
            switch (status)
            {
                case WorkStatus.DoneOnTime: OnTime++; break;
                case WorkStatus.DoneLate: LateCount++; break;
                case WorkStatus.Overdue: OverdueCount++; break;
                default: InProgress++; break;
            }
        }

        public void Coordinate(decimal points)
        {
            Coordinated++;
            Points += points;
        }
    }
}
