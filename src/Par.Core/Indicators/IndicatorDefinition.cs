namespace Par.Core.Indicators;

/// <summary>One indicator of the catalogue, as configured under <c>Indicators:Items</c>.</summary>
/// <remarks>Init-only properties so the configuration binder can fill it and nobody can change it afterwards.</remarks>
public sealed record IndicatorDefinition
{
    public string Code { get; init; } = "";

    public string NameVi { get; init; } = "";

    public string NameEn { get; init; } = "";

    /// <summary>An optional short Vietnamese name for tight places (lists, buttons); <see cref="NameVi"/> when not set.</summary>
    public string? ShortVi { get; init; }

    public string? ShortEn { get; init; }

    /// <summary>The Vietnamese name of the area the indicator belongs to, as the national portal shows it.</summary>
    public string Area { get; init; } = "";

    public string AreaEn { get; init; } = "";

    public IndicatorKind Kind { get; init; }

    /// <summary>The most points the indicator can earn.</summary>
    public decimal Points { get; init; }

    /// <summary>The rate, in percent, that earns full points (the most that still does, when lower is better).</summary>
    public decimal Target { get; init; }

    /// <summary>False for rates to keep low, such as late dossiers; see <c>Scoring.Earned</c> for how they score.</summary>
    public bool HigherIsBetter { get; init; } = true;

    /// <summary>The catalogue names indicators in Vietnamese and English; any other language reads the English name.</summary>
    public string Name(Language language) => language == Language.Vi ? NameVi : NameEn;

    /// <summary>The short name in the language, else the full one; like <see cref="Name"/>, any language but Vietnamese reads the English one.</summary>
    public string ShortName(Language language) => language == Language.Vi ? ShortVi ?? NameVi : ShortEn ?? NameEn;

    public string AreaName(Language language) => language == Language.Vi ? Area : AreaEn;
}
