using Par.Core.Indicators;

namespace Par.Core.Ranking;

/// <summary>A unit's score for one period, with one line per catalogue indicator in catalogue order.</summary>
public sealed record ScoreCard(string UnitCode, decimal Score, Band Band, IReadOnlyList<ScoreLine> Lines)
{
    /// <summary>The codes of the indicators the unit did not report; each earned 0.</summary>
    public IReadOnlyList<string> Missing => [.. Lines.Where(line => !line.IsReported).Select(line => line.Code)];

    public bool IsComplete => Lines.All(line => line.IsReported);

    /// <summary>True when the unit reported at least one indicator.</summary>
    public bool HasReported => Lines.Any(line => line.IsReported);

    /// <summary>The indicators that pull the score down most: those losing points (a metric the portal did not score cannot be won back), most lost first, ties in catalogue order.</summary>
    public IReadOnlyList<ScoreLine> Weakest(int count) =>
        [.. Lines.Where(line => line.Lost > 0 && line.IsScored).OrderByDescending(line => line.Lost).Take(count)];

    /// <summary>Each group of the catalogue with the points its metrics earned; empty for a catalogue without groups.</summary>
    public IReadOnlyList<GroupScore> Groups(IndicatorCatalog catalog) =>
    [
        .. catalog.Groups.Select(group => new GroupScore(
            group, Lines.Where(line => string.Equals(line.Indicator.Group, group.Code, StringComparison.OrdinalIgnoreCase)).Sum(line => line.Earned))),
    ];
}
