namespace Par.Core.Ranking;

/// <summary>
/// Where a unit stands in its group now (its place among the <paramref name="Reporters"/> units that reported, of
/// <paramref name="GroupSize"/>), how that changed since the previous period, and what pulls it down.
/// </summary>
public sealed record RankComparison(
    RankEntry Current, RankEntry? Previous, int Reporters, int GroupSize, decimal? GroupAverage, IReadOnlyList<ScoreLine> Weakest)
{
    public const int DefaultWeakestCount = 3;

    /// <summary>
    /// Places climbed since the previous period (negative when it dropped); null unless the unit, and so its group,
    /// had figures in both periods: a place against nobody says nothing.
    /// </summary>
    public int? PlaceChange => Current.Reported && Previous is { Reported: true } ? Previous.Place - Current.Place : null;

    /// <summary>Published points gained since the previous period, so the change adds up with the scores shown; null unless ranked in both.</summary>
    public decimal? PointsChange => Current.Reported && Previous is { Reported: true } ? Current.PublishedScore - Previous.PublishedScore : null;

    /// <summary>Compares <paramref name="unitCode"/> in two rankings; null when the unit is not in <paramref name="current"/>.</summary>
    public static RankComparison? Of(
        GroupRanking current, GroupRanking? previous, string unitCode, int weakestCount = DefaultWeakestCount) =>
        current.Find(unitCode) is { } entry
            ? new RankComparison(
                entry, previous?.Find(unitCode), current.Reporters, current.GroupSize, current.Average, entry.Card.Weakest(weakestCount))
            : null;
}
