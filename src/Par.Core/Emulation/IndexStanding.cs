namespace Par.Core.Emulation;

/// <summary>A unit's PAR index for the month: its score and place among its group's <paramref name="Reporters"/>; null when it did not report.</summary>
public sealed record IndexStanding(decimal? Score, int? Place, int Reporters);
