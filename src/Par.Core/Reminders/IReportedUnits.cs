using Par.Core.Periods;

namespace Par.Core.Reminders;

/// <summary>Which units have reported a period: what the report-deadline reminder needs from the reports feature.</summary>
public interface IReportedUnits
{
    /// <summary>Codes of the units that have a report for <paramref name="period"/>, in any case.</summary>
    IReadOnlySet<string> UnitsThatReported(Period period);
}
