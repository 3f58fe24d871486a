namespace Par.Core.Ranking;

/// <summary>A unit's row in its group's ranking; a unit that reported nothing has no place.</summary>
public sealed record RankEntry(ScoreCard Card, int? Place)
{
    public string UnitCode => Card.UnitCode;

    public decimal Score => Card.Score;

    public Band Band => Card.Band;

    public bool Reported => Place is not null;
}
