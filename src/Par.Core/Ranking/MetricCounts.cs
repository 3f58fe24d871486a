namespace Par.Core.Ranking;

/// <summary>
/// What a metric is scored from, as far as it is known: its counts, else the published rate (the portal gives some
/// metrics as a rate only), a composite's terms, or a score published without any counts.
/// </summary>
public sealed record MetricCounts
{
    public decimal? Numerator { get; init; }

    public decimal? Denominator { get; init; }

    /// <summary>The published rate in percent, read when the counts are not given.</summary>
    public decimal? Ratio { get; init; }

    public IReadOnlyList<PartCount> Parts { get; init; } = [];

    /// <summary>The score of a metric whose rule is <see cref="Indicators.IndicatorRule.Given"/>.</summary>
    public decimal? Given { get; init; }
}
