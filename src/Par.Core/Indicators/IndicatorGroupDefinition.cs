namespace Par.Core.Indicators;

/// <summary>
/// A group of metrics as configured under <c>Indicators:Groups</c> (the portal's six: transparency, progress, …),
/// with the most points its metrics can earn together.
/// </summary>
public sealed record IndicatorGroupDefinition
{
    public string Code { get; init; } = "";

    public string NameVi { get; init; } = "";

    public string NameEn { get; init; } = "";

    public decimal Max { get; init; }

    /// <summary>The portal's endpoint that publishes the group (<c>transparency</c>, <c>dvc-progress-tree</c>); none for self-reported groups.</summary>
    public string? Endpoint { get; init; }

    public string Name(Language language) => language == Language.Vi ? NameVi : NameEn;
}
