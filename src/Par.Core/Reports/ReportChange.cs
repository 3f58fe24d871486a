using Par.Core.Indicators;
using Par.Core.Periods;

namespace Par.Core.Reports;

/// <summary>One indicator's value changing in a report: kept for ever, so every figure can be traced to who gave it.</summary>
public sealed record ReportChange
{
    public required string UnitCode { get; init; }

    public required Period Period { get; init; }

    public required string Code { get; init; }

    /// <summary>Null when the indicator had no value before.</summary>
    public IndicatorValue? Old { get; init; }

    public required IndicatorValue New { get; init; }

    public long ChangedBy { get; init; }

    public DateTime ChangedUtc { get; init; }
}
