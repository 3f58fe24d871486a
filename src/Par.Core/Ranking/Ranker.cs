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
        var cards = new ScoreCard[units.Count];
        for (var i = 0; i < cards.Length; i++)
        {
            cards[i] = Scoring.Score(catalog, units[i], reports.GetValueOrDefault(units[i]));
        }

        var reported = cards.Where(card => card.HasReported).ToArray();
        var silent = cards.Where(card => !card.HasReported).ToArray();
        Array.Sort(reported, static (a, b) => b.Score.CompareTo(a.Score) is var byScore and not 0
            ? byScore
            : string.CompareOrdinal(a.UnitCode, b.UnitCode));
        Array.Sort(silent, static (a, b) => string.CompareOrdinal(a.UnitCode, b.UnitCode));

        var entries = new RankEntry[cards.Length];
        var total = 0m;
        for (var i = 0; i < reported.Length; i++)
        {
            var tied = i > 0 && reported[i].Score == reported[i - 1].Score;
            entries[i] = new RankEntry(reported[i], tied ? entries[i - 1].Place : i + 1);
            total += reported[i].Score;
        }

        for (var i = 0; i < silent.Length; i++)
        {
            entries[reported.Length + i] = new RankEntry(silent[i], null);
        }

        return new GroupRanking(entries, reported.Length == 0 ? null : total / reported.Length);
    }
}
