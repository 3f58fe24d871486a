using Par.Core.Indicators;
using Par.Core.Periods;

namespace Par.Core.Reports;

/// <summary>Units' reports and the history of every change to them.</summary>
public interface IReportStore
{
    UnitReport? Find(string unitCode, Period period);

    /// <summary>Every unit's values for the period, keyed by unit code: what a ranking needs, in one read.</summary>
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, IndicatorValue>> ValuesOf(Period period);

    /// <summary>The periods the unit has a report for, in no particular order.</summary>
    IReadOnlyList<Period> PeriodsOf(string unitCode);

    /// <summary>The periods any unit has a report for, in no particular order.</summary>
    IReadOnlyList<Period> Periods();

    /// <summary>Stores the reports (replacing the same unit and period) and appends the changes, in one transaction.</summary>
    void Save(IReadOnlyList<UnitReport> reports, IReadOnlyList<ReportChange> changes);

    /// <summary>The changes to one unit's report for a period, oldest first.</summary>
    IReadOnlyList<ReportChange> History(string unitCode, Period period);

    /// <summary>
    /// When each unit's report for the period was first sent: the time of its oldest change, keyed by unit code
    /// (any case). The same as the first of <see cref="History"/> for every unit, in one read.
    /// </summary>
    IReadOnlyDictionary<string, DateTime> FirstSent(Period period);
}
