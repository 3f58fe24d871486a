using Par.Core.Indicators;

namespace Par.Core.Ranking;

/// <summary>What a unit earned in one group of the catalogue: the sum of its metrics' (rounded) points, out of the group's maximum.</summary>
public sealed record GroupScore(IndicatorGroupDefinition Group, decimal Earned)
{
    public decimal Lost => Group.Max - Earned;
}
