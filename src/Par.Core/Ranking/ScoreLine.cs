using Par.Core.Indicators;
using Par.Core.Portal;

namespace Par.Core.Ranking;

/// <summary>
/// What one indicator earned: <paramref name="Value"/> is null when the unit did not report it; <paramref name="Official"/>
/// is the portal's figure when one was imported, and then <paramref name="Earned"/> is its published score.
/// </summary>
/// <remarks>A struct so a score card is one array, not one object per indicator, when a whole group is ranked.</remarks>
public readonly record struct ScoreLine(IndicatorDefinition Indicator, IndicatorValue? Value, decimal Earned, OfficialMetric? Official = null)
{
    public string Code => Indicator.Code;

    /// <summary>The most the indicator can earn.</summary>
    public decimal Points => Indicator.Points;

    public bool IsReported => Value is not null || Official is not null;

    /// <summary>False only for an imported metric the portal did not score (no cases): it earns nothing and nothing can be won on it.</summary>
    public bool IsScored => Official is null || Official.Official is not null;

    /// <summary>The points the indicator missed: <c>Points − Earned</c>.</summary>
    public decimal Lost => Points - Earned;
}
