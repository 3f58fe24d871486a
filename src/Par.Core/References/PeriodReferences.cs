namespace Par.Core.References;

/// <summary>
/// The national or provincial averages of some indicators for one period, as the portal publishes them;
/// <see cref="Rates"/> holds percents keyed by catalogue code.
/// </summary>
public sealed record PeriodReferences
{
    public required string Period { get; init; }

    public Dictionary<string, decimal> Rates { get; init; } = [];

    public long UpdatedBy { get; init; }

    public DateTime UpdatedUtc { get; init; }
}
