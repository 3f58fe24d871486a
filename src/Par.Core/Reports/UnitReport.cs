using Par.Core.Indicators;
using Par.Core.Periods;

namespace Par.Core.Reports;

/// <summary>What one unit reported for one period: at most one value per indicator, keyed by catalogue code.</summary>
public sealed record UnitReport
{
    public required string UnitCode { get; init; }

    public required Period Period { get; init; }

    public required IReadOnlyDictionary<string, IndicatorValue> Values { get; init; }

    public DateTime UpdatedUtc { get; init; }

    /// <summary>The Telegram user who made the last change; 0 for the system (demo data).</summary>
    public long UpdatedBy { get; init; }
}
