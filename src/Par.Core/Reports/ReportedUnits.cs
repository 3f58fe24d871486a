using Par.Core.Periods;
using Par.Core.Reminders;

namespace Par.Core.Reports;

/// <summary>
/// Which units have reported a period, answered by the report store itself, so the reminders see exactly the
/// reports the guided flow, the one-line form and the file import saved.
/// </summary>
public sealed class ReportedUnits(IReportStore reports) : IReportedUnits
{
    public IReadOnlySet<string> UnitsThatReported(Period period) =>
        reports.ValuesOf(period).Keys.ToHashSet(StringComparer.OrdinalIgnoreCase);
}
