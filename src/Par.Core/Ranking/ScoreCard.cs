namespace Par.Core.Ranking;

/// <summary>A unit's score for one period, with one line per catalogue indicator in catalogue order.</summary>
public sealed record ScoreCard(string UnitCode, decimal Score, Band Band, IReadOnlyList<ScoreLine> Lines)
{
    /// <summary>The codes of the indicators the unit did not report; each earned 0.</summary>
    public IReadOnlyList<string> Missing => [.. Lines.Where(line => !line.IsReported).Select(line => line.Code)];

    public bool IsComplete => Lines.All(line => line.IsReported);

    /// <summary>True when the unit reported at least one indicator.</summary>
    public bool HasReported => Lines.Any(line => line.IsReported);

    /// <summary>The indicators that pull the score down most: those losing points, most lost first, ties in catalogue order.</summary>
    public IReadOnlyList<ScoreLine> Weakest(int count) =>
        [.. Lines.Where(line => line.Lost > 0).OrderByDescending(line => line.Lost).Take(count)];
}
