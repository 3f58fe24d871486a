using Par.Core.Indicators;

namespace Par.Core.Ranking;

/// <summary>What one indicator earned: <paramref name="Value"/> is null when the unit did not report it.</summary>
/// <remarks>A struct so a score card is one array, not one object per indicator, when a whole group is ranked.</remarks>
public readonly record struct ScoreLine(IndicatorDefinition Indicator, IndicatorValue? Value, decimal Earned)
{
    public string Code => Indicator.Code;

    /// <summary>The most the indicator can earn.</summary>
    public decimal Points => Indicator.Points;

    public bool IsReported => Value is not null;

    /// <summary>The points the indicator missed: <c>Points − Earned</c>.</summary>
    public decimal Lost => Points - Earned;
}
