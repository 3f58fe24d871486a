namespace Par.Core.Ranking;

/// <summary>The lowest score, in percent of the catalogue's maximum, of each band; bound from <c>Indicators:Bands</c>.</summary>
public sealed record BandThresholds
{
    public decimal Excellent { get; init; } = 90;

    public decimal Good { get; init; } = 70;

    public decimal Average { get; init; } = 50;

    /// <summary>The band of <paramref name="score"/> out of <paramref name="maxScore"/>; a threshold reached exactly counts.</summary>
    /// <remarks>Compares <c>score × 100</c> with <c>threshold × maxScore</c> so no division can round a boundary away.</remarks>
    public Band Classify(decimal score, decimal maxScore = 100)
    {
        var scaled = score * 100;
        if (scaled >= Excellent * maxScore)
        {
            return Band.Excellent;
        }

        if (scaled >= Good * maxScore)
        {
            return Band.Good;
        }

        return scaled >= Average * maxScore ? Band.Average : Band.Weak;
    }
}
