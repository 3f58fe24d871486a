namespace Par.Core.Ranking;

/// <summary>Where a unit stands in its group now, how that changed since the previous period, and what pulls it down.</summary>
public sealed record RankComparison(
    RankEntry Current, RankEntry? Previous, int GroupSize, decimal? GroupAverage, IReadOnlyList<ScoreLine> Weakest)
{
    public const int DefaultWeakestCount = 3;

    /// <summary>Places climbed since the previous period (negative when it dropped); null unless ranked in both.</summary>
    public int? PlaceChange => Previous?.Place - Current.Place;

    /// <summary>Points gained since the previous period; null unless ranked in both.</summary>
    public decimal? PointsChange => Current.Reported && Previous is { Reported: true } ? Current.Score - Previous.Score : null;

    /// <summary>Compares <paramref name="unitCode"/> in two rankings; null when the unit is not in <paramref name="current"/>.</summary>
    public static RankComparison? Of(
        GroupRanking current, GroupRanking? previous, string unitCode, int weakestCount = DefaultWeakestCount) =>
        current.Find(unitCode) is { } entry
            ? new RankComparison(entry, previous?.Find(unitCode), current.GroupSize, current.Average, entry.Card.Weakest(weakestCount))
            : null;
}
