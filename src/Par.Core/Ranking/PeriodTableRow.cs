using Par.Core.Units;

namespace Par.Core.Ranking;

/// <summary>
/// One unit's line of a period's full table: its ranking entry within its group (its place among the
/// <paramref name="Reporters"/> units that reported, of <paramref name="GroupSize"/>) and the change since the previous period.
/// </summary>
public sealed record PeriodTableRow(Unit Unit, RankEntry Entry, int Reporters, int GroupSize, int? PlaceChange, decimal? PointsChange);
