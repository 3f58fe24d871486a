using Par.Core.Ranking;

namespace Par.Core.Portal;

/// <summary>
/// One metric of one unit as the portal published it for a period: its counts, the published score
/// (<see cref="Official"/>, the one that counts) and the score Par computes from the counts by the catalogue's rule.
/// A null score means "not scored" (no cases).
/// </summary>
public sealed record OfficialMetric
{
    public required string Code { get; init; }

    public decimal? Numerator { get; init; }

    public decimal? Denominator { get; init; }

    /// <summary>The published rate in percent.</summary>
    public decimal? Ratio { get; init; }

    public IReadOnlyList<PartCount> Parts { get; init; } = [];

    public decimal? Official { get; init; }

    public decimal? Computed { get; init; }

    /// <summary>The portal's warning about its own data (<c>TEMP_NATIONAL_REPORT_DENOMINATOR</c>), kept as given.</summary>
    public string? DataQuality { get; init; }

    /// <summary>True when the published score and Par's differ by a hundredth or more: kept, and shown next to the score.</summary>
    public bool Disagrees => Official != Computed;

    public MetricCounts Counts => new() { Numerator = Numerator, Denominator = Denominator, Ratio = Ratio, Parts = Parts, Given = Official };
}
