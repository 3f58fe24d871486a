using Par.Core.Indicators;

namespace Par.Core.Ranking;

/// <summary>What one indicator earned: <paramref name="Value"/> is null when the unit did not report it.</summary>
public sealed record ScoreLine(string Code, IndicatorValue? Value, decimal Points, decimal Earned)
{
    public bool IsReported => Value is not null;

    /// <summary>The points the indicator missed: <c>Points − Earned</c>.</summary>
    public decimal Lost => Points - Earned;
}
