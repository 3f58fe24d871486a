using Par.Core.Periods;

namespace Par.Core.Ranking;

/// <summary>
/// A unit's row in its group's ranking; a unit that reported nothing has no place. <paramref name="FromMonths"/> lists
/// the months its quarter or year figures were derived from, and is empty when it reported the period itself.
/// </summary>
public sealed record RankEntry(ScoreCard Card, int? Place, IReadOnlyList<Period> FromMonths)
{
    public string UnitCode => Card.UnitCode;

    public decimal Score => Card.Score;

    /// <summary>The score as published and ranked on: see <see cref="PortalRounding"/>.</summary>
    public decimal PublishedScore => PortalRounding.Round(Card.Score);

    public Band Band => Card.Band;

    public bool Reported => Place is not null;

    public bool IsFromMonths => FromMonths.Count > 0;
}
