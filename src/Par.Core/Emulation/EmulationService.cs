using Microsoft.Extensions.Options;
using Par.Core.Periods;
using Par.Core.Ranking;
using Par.Core.Reports;
using Par.Core.Tasks;
using Par.Core.Units;

namespace Par.Core.Emulation;

/// <summary>
/// Builds the monthly emulation table from the store and <see cref="EmulationScoring"/>, and a year's roll-up from its
/// months. A month locked with <c>/period lock</c> (itself, its quarter or its year) is computed as it stood when it
/// was locked: later results, extensions and reports do not rewrite a decided ranking.
/// </summary>
public sealed class EmulationService(
    ITaskStore tasks,
    IUnitStore units,
    IReportStore reports,
    RankingService ranking,
    IPeriodLockStore locks,
    UnitGroups groups,
    IOptions<EmulationOptions> weights)
{
    public EmulationOptions Weights => weights.Value;

    /// <param name="reportDeadlineOf">The last day a month's report is on time.</param>
    public EmulationTable Month(Period month, DateTime nowUtc, TimeZoneInfo zone, Func<Period, DateOnly> reportDeadlineOf)
    {
        var lockedUtc = LockedUtc(month);
        var atUtc = lockedUtc is { } locked && locked < nowUtc ? locked : nowUtc;
        var active = ActiveUnits();
        var due = tasks.ListDue(StartUtc(month.Start, zone), StartUtc(month.End.AddDays(1), zone));
        var deadlineUtc = StartUtc(reportDeadlineOf(month).AddDays(1), zone);
        var rows = EmulationScoring.Rows(active, due, atUtc, ReportTimings(month, atUtc, deadlineUtc), Index(month), weights.Value);
        return new EmulationTable(month, atUtc, lockedUtc is not null, rows);
    }

    /// <summary>The year's months so far, summed per unit and placed again by the total; frozen when every month is.</summary>
    public EmulationTable Year(int year, DateTime nowUtc, TimeZoneInfo zone, Func<Period, DateOnly> reportDeadlineOf)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(nowUtc, zone));
        var months = Period.ForYear(year).Months().Where(m => m.Start <= today).Select(m => Month(m, nowUtc, zone, reportDeadlineOf)).ToList();
        var active = ActiveUnits();
        var byUnit = months.SelectMany(m => m.Rows).ToLookup(r => r.Unit.Code, StringComparer.OrdinalIgnoreCase);
        var sums = active.Select(unit =>
        {
            var lines = byUnit[unit.Code].ToList();
            return new EmulationRow
            {
                Unit = unit,
                Due = lines.Sum(r => r.Due),
                OnTime = lines.Sum(r => r.OnTime),
                Late = lines.Sum(r => r.Late),
                Overdue = lines.Sum(r => r.Overdue),
                InProgress = lines.Sum(r => r.InProgress),
                Coordinated = lines.Sum(r => r.Coordinated),
                TaskPoints = lines.Sum(r => r.TaskPoints),
                ReportPoints = lines.Sum(r => r.ReportPoints),
                RankPoints = lines.Sum(r => r.RankPoints),
            };
        });
        var frozen = months.Count == 12 && months.All(m => m.Frozen);
        return new EmulationTable(Period.ForYear(year), months.Count > 0 ? months.Max(m => m.AsOfUtc) : nowUtc, frozen, EmulationScoring.Place(sums, active));
    }

    /// <summary>When the month was closed to changes: the earliest lock of the month, its quarter or its year.</summary>
    private DateTime? LockedUtc(Period month)
    {
        var covering = new HashSet<string> { month.ToString(), Period.QuarterOf(month.Start).ToString(), Period.YearOf(month.Start).ToString() };
        return locks.List().Where(l => covering.Contains(l.Period)).Select(l => (DateTime?)l.LockedUtc).Min();
    }

    private Dictionary<string, ReportTiming> ReportTimings(Period month, DateTime atUtc, DateTime deadlineUtc)
    {
        var timings = new Dictionary<string, ReportTiming>(StringComparer.OrdinalIgnoreCase);
        var firstSent = reports.FirstSent(month);
        foreach (var unit in reports.ValuesOf(month).Keys)
        {
            if (firstSent.TryGetValue(unit, out var sent) && sent <= atUtc)
                timings[unit] = sent < deadlineUtc ? ReportTiming.OnTime : ReportTiming.Late;
        }
        if (atUtc < deadlineUtc)
        {
            // Before the deadline a unit without a report is not late yet.
            foreach (var unit in units.List().Select(u => u.Code).Where(code => !timings.ContainsKey(code)))
                timings[unit] = ReportTiming.NotDueYet;
        }
        return timings;
    }

    private Dictionary<string, IndexStanding> Index(Period month) =>
        ranking.Table(month).Rows.ToDictionary(
            r => r.Unit.Code,
            r => new IndexStanding(r.Entry.Reported ? r.Entry.PublishedScore : null, r.Entry.Place, r.Reporters),
            StringComparer.OrdinalIgnoreCase);

    /// <summary>Active units in the configured group order, as the ranking lists them.</summary>
    private List<Unit> ActiveUnits()
    {
        var active = units.List().Where(u => !u.Archived);
        return [.. active.OrderBy(u => groups.Position(u.Group)).ThenBy(u => u.Group, StringComparer.OrdinalIgnoreCase).ThenBy(u => u.Code, StringComparer.Ordinal)];
    }

    private static DateTime StartUtc(DateOnly day, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), zone);
}
