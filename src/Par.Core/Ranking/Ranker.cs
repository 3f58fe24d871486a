using Par.Core.Indicators;

namespace Par.Core.Ranking;

/// <summary>Ranks a group's units by score for one period.</summary>
public static class Ranker
{
    /// <summary>
    /// Scores every unit of the group and orders them by exact score, highest first; equal scores share a place
    /// (1, 2, 2, 4). Units with no value in <paramref name="reports"/> come last without a place.
    /// </summary>
    /// <param name="units">The group's unit codes, each once.</param>
    /// <param name="reports">Each reporting unit's values keyed by indicator code; units outside the group are ignored.</param>
    /// <exception cref="ArgumentException">A unit code appears twice.</exception>
    public static GroupRanking Rank(
        IndicatorCatalog catalog,
        IReadOnlyList<string> units,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, IndicatorValue>> reports)
    {
        var reported = new List<ScoreCard>(units.Count);
        var silent = new List<ScoreCard>();
        foreach (var unit in units)
        {
            var card = Scoring.Score(catalog, unit, reports.GetValueOrDefault(unit));
            (card.HasReported ? reported : silent).Add(card);
        }

        reported.Sort(static (a, b) => b.Score.CompareTo(a.Score) is var byScore and not 0
            ? byScore
            : string.CompareOrdinal(a.UnitCode, b.UnitCode));
        silent.Sort(static (a, b) => string.CompareOrdinal(a.UnitCode, b.UnitCode));

        var entries = new RankEntry[units.Count];
        var total = 0m;
        for (var i = 0; i < reported.Count; i++)
        {
            var tied = i > 0 && reported[i].Score == reported[i - 1].Score;
            entries[i] = new RankEntry(reported[i], tied ? entries[i - 1].Place : i + 1);
            total += reported[i].Score;
        }

        for (var i = 0; i < silent.Count; i++)
        {
            entries[reported.Count + i] = new RankEntry(silent[i], null);
        }

        return new GroupRanking(entries, reported.Count == 0 ? null : total / reported.Count);
    }
}
