using Par.Core.Access;
using Par.Core.Indicators;
using Par.Core.Periods;
using Par.Core.Ranking;
using Par.Core.Units;

namespace Par.Core.Reports;

/// <summary>
/// Stores units' reports the same way whichever form they came in (guided, one line, file): the same checks,
/// all-or-nothing per report, and every change kept in the history. A value of a metric the portal published for the
/// unit and period is refused (<see cref="OfficialValueRule"/>).
/// </summary>
/// <remarks><c>today</c> is the province's date, passed in by the edge that knows the time zone.</remarks>
public sealed class ReportService(
    IReportStore reports, IPeriodLockStore locks, IUnitStore units, IndicatorCatalog catalog, OfficialValueRule official, TimeProvider time)
{
    public IndicatorCatalog Catalog => catalog;

    /// <summary>What the values earn for the unit and period with the portal's figures counting over typed ones, as the ranking scores them.</summary>
    public ScoreCard Score(string unitCode, Period period, IReadOnlyDictionary<string, IndicatorValue> values) =>
        Scoring.Score(catalog, unitCode, values, official.Metrics(unitCode, period));

    /// <summary>Whether <paramref name="by"/> may report for the unit and period now; the unit is returned when it exists.</summary>
    public (Unit? Unit, IReadOnlyList<ReportProblem> Problems) CheckTarget(Actor by, string unitCode, Period period, DateOnly today)
    {
        var problems = new List<ReportProblem>();
        var unit = units.Find(unitCode.Trim());
        if (unit is null)
        {
            problems.Add(new ReportProblem(ReportProblemKind.UnknownUnit, unitCode.Trim()));
        }
        else if (!AccessPolicy.Can(by, Permission.ReportFor, unit.Code))
        {
            problems.Add(new ReportProblem(ReportProblemKind.NotYourUnit, unit.Code));
        }
        else if (unit.Archived)
        {
            problems.Add(new ReportProblem(ReportProblemKind.ArchivedUnit, unit.Code));
        }

        if (period.Start > today)
        {
            problems.Add(new ReportProblem(ReportProblemKind.FuturePeriod, period.ToString()));
        }
        else if (locks.IsLocked(period))
        {
            problems.Add(new ReportProblem(ReportProblemKind.LockedPeriod, period.ToString()));
        }

        return (unit, problems);
    }

    /// <summary>The one-line form: <c>ONTIME=490/500 DISCLOSE=100</c>. Nothing is stored when anything is wrong.</summary>
    public ReportOutcome SubmitLine(Actor by, string unitCode, Period period, string line, DateOnly today)
    {
        var parsed = AssignmentParser.Parse(line, catalog);
        return Submit(by, unitCode, period, parsed.Assignments, parsed.Errors.Select(ReportProblem.From).ToList(), today);
    }

    /// <summary>Values already read (the guided form); merged into the unit's report for the period.</summary>
    public ReportOutcome Submit(Actor by, string unitCode, Period period, IReadOnlyList<Assignment> values, DateOnly today) =>
        Submit(by, unitCode, period, values, [], today);

    /// <summary>A report file: every row checked like a one-line report; good rows stored, bad rows returned with their numbers.</summary>
    public ReportImportResult Import(Actor by, IEnumerable<ReportRow> rows, DateOnly today)
    {
        var saved = 0;
        var changed = new List<ReportOutcome>();
        var changes = new List<ReportChange>();
        var rejected = new List<RejectedReportRow>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            var outcome = Check(by, row, today);
            if (outcome.IsSaved && !seen.Add($"{outcome.Report!.UnitCode}|{outcome.Report.Period}"))
            {
                outcome = ReportOutcome.Refused(outcome.Unit, [new ReportProblem(ReportProblemKind.DuplicateRow, outcome.Report.UnitCode)]);
            }

            if (!outcome.IsSaved)
            {
                rejected.Add(new RejectedReportRow(row.Number, outcome.Problems));
                continue;
            }

            saved++;
            if (outcome.Changes.Count > 0)
            {
                changed.Add(outcome);
                changes.AddRange(outcome.Changes);
            }
        }

        if (changed.Count > 0)
        {
            reports.Save([.. changed.Select(outcome => outcome.Report!)], changes);
        }

        return new ReportImportResult(saved, changes.Count, rejected, changed);
    }

    private ReportOutcome Check(Actor by, ReportRow row, DateOnly today)
    {
        if (!Period.TryParse(row.Period, out var period))
        {
            var (unit, problems) = CheckTarget(by, row.Unit, Period.MonthOf(today), today);
            return ReportOutcome.Refused(unit, [.. problems.Where(problem => problem.IsAboutUnit), new ReportProblem(ReportProblemKind.BadPeriod, row.Period)]);
        }

        var values = new List<Assignment>();
        var errors = new List<ReportProblem>();
        foreach (var (code, text) in row.Cells.Where(cell => cell.Value.Length > 0))
        {
            var parsed = IndicatorValueParser.ParseCell(text);
            if (parsed.IsSuccess)
            {
                values.Add(new Assignment(code, parsed.Value));
            }
            else
            {
                errors.Add(new ReportProblem(ReportProblemKind.BadValue, $"{code}={text}", parsed.Error));
            }
        }

        return Prepare(by, row.Unit, period, values, errors, today);
    }

    private ReportOutcome Submit(
        Actor by, string unitCode, Period period, IReadOnlyList<Assignment> values, List<ReportProblem> errors, DateOnly today)
    {
        var outcome = Prepare(by, unitCode, period, values, errors, today);
        if (outcome.IsSaved && outcome.Changes.Count > 0)
        {
            reports.Save([outcome.Report!], outcome.Changes);
        }

        return outcome;
    }

    /// <summary>Checks everything and computes the merged report and its changes, without storing anything.</summary>
    private ReportOutcome Prepare(
        Actor by, string unitCode, Period period, IReadOnlyList<Assignment> values, List<ReportProblem> errors, DateOnly today)
    {
        var (unit, problems) = CheckTarget(by, unitCode, period, today);
        var all = problems.Concat(errors).ToList();
        if (unit is not null)
        {
            all.AddRange(official.Check(unit.Code, period, values));
        }
        if (values.Count == 0 && errors.Count == 0)
        {
            all.Add(new ReportProblem(ReportProblemKind.NoValues));
        }

        if (all.Count > 0)
        {
            return ReportOutcome.Refused(unit, all);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var existing = reports.Find(unit!.Code, period);
        var merged = new Dictionary<string, IndicatorValue>(existing?.Values ?? new Dictionary<string, IndicatorValue>(), StringComparer.OrdinalIgnoreCase);
        var changes = new List<ReportChange>();
        foreach (var (code, value) in values)
        {
            var old = merged.GetValueOrDefault(code);
            if (value.Equals(old))
            {
                continue;
            }

            merged[code] = value;
            changes.Add(new ReportChange
            {
                UnitCode = unit.Code, Period = period, Code = code, Old = old, New = value, ChangedBy = by.UserId, ChangedUtc = now,
            });
        }

        var report = changes.Count == 0 && existing is not null
            ? existing
            : new UnitReport { UnitCode = unit.Code, Period = period, Values = merged, UpdatedUtc = now, UpdatedBy = by.UserId };
        return new ReportOutcome(unit, report, changes, []);
    }
}
