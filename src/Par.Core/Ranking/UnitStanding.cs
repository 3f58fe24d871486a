using Par.Core.Periods;
using Par.Core.Units;

namespace Par.Core.Ranking;

/// <summary>
/// Everything <c>/rank</c> says about a unit for a period: its place and score against the previous period of
/// the same kind, and the reference values (percents by indicator code) that apply.
/// </summary>
public sealed record UnitStanding(
    Unit Unit, Period Period, Period PreviousPeriod, RankComparison Comparison, IReadOnlyDictionary<string, decimal> References)
{
    /// <summary>The points earned in each group of the catalogue; empty for a catalogue without groups.</summary>
    public IReadOnlyList<GroupScore> Groups { get; init; } = [];
}
