using Par.Core.Indicators;
using Par.Core.Periods;
using Par.Core.Portal;

namespace Par.Core.Ranking;

/// <summary>Ranks a group's units by score for one period.</summary>
public static class Ranker
{
    private static readonly IReadOnlyList<Period> OwnReport = [];

    /// <summary>
    /// Scores every unit of the group and orders them by published score (<see cref="PortalRounding"/>), highest
    /// first; units whose published scores are equal share a place (1, 2, 2, 4) and are listed by unit code. Units
    /// with no value in <paramref name="reports"/> come last without a place.
    /// </summary>
    /// <param name="units">The group's unit codes, each once.</param>
    /// <param name="reports">Each reporting unit's values keyed by indicator code; units outside the group are ignored.</param>
    /// <param name="fromMonths">For units whose figures were derived from months, which months; see <see cref="GroupFigures"/>.</param>
    /// <param name="official">The portal's figures by unit and metric code; they count over any typed value.</param>
    /// <exception cref="ArgumentException">A unit code appears twice.</exception>
    public static GroupRanking Rank(
        IndicatorCatalog catalog,
        IReadOnlyList<string> units,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, IndicatorValue>> reports,
        IReadOnlyDictionary<string, IReadOnlyList<Period>>? fromMonths = null,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, OfficialMetric>>? official = null)
    {
        var reported = new List<(ScoreCard Card, decimal Published)>(units.Count);
        var silent = new List<ScoreCard>();
        foreach (var unit in units)
        {
            var card = Scoring.Score(catalog, unit, reports.GetValueOrDefault(unit), official?.GetValueOrDefault(unit));
            if (card.HasReported)
            {
                reported.Add((card, PortalRounding.Round(card.Score)));
            }
            else
            {
                silent.Add(card);
            }
        }

        reported.Sort(static (a, b) => b.Published.CompareTo(a.Published) is var byScore and not 0
            ? byScore
            : string.CompareOrdinal(a.Card.UnitCode, b.Card.UnitCode));
        silent.Sort(static (a, b) => string.CompareOrdinal(a.UnitCode, b.UnitCode));

        var entries = new RankEntry[units.Count];
        var total = 0m;
        for (var i = 0; i < reported.Count; i++)
        {
            var (card, published) = reported[i];
            var tied = i > 0 && published == reported[i - 1].Published;
            var months = fromMonths?.GetValueOrDefault(card.UnitCode) ?? OwnReport;
            entries[i] = new RankEntry(card, tied ? entries[i - 1].Place : i + 1, months);
            total += card.Score;
        }

        for (var i = 0; i < silent.Count; i++)
        {
            entries[reported.Count + i] = new RankEntry(silent[i], null, OwnReport);
        }

        return new GroupRanking(entries, reported.Count, reported.Count == 0 ? null : total / reported.Count);
    }
}
