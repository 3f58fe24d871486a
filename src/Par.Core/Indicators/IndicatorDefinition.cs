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

    /// <summary>The code of the group (<c>Indicators:Groups</c>) the metric adds to; none in a catalogue without groups.</summary>
    public string? Group { get; init; }

    public IndicatorRule Rule { get; init; }

    public NoCasesRule WhenNoCases { get; init; }

    public IndicatorRounding Rounding { get; init; }

    /// <summary>The terms of a <see cref="IndicatorRule.Composite"/> metric, in the order they are stored.</summary>
    public List<CompositePart> Parts { get; init; } = [];

    /// <summary>
    /// Where the portal's tree-shaped responses (<c>parent</c> + <c>children[]</c>) carry the counts, such as
    /// <c>totalOnTime</c>; metrics of the other responses are found by <see cref="Code"/> in <c>metrics[]</c>.
    /// </summary>
    public string? NumeratorField { get; init; }

    public string? DenominatorField { get; init; }

    /// <summary>What the numerator counts, for advice ("lượt đánh giá hài lòng"); none means a generic word.</summary>
    public string? CountVi { get; init; }

    public string? CountEn { get; init; }

    /// <summary>The rate, in percent, from which the metric earns full points: its target when capped, else 100.</summary>
    public decimal FullMarksRate => Rule == IndicatorRule.Capped ? Target : 100;

    /// <summary>The catalogue names indicators in Vietnamese and English; any other language reads the English name.</summary>
    public string Name(Language language) => language == Language.Vi ? NameVi : NameEn;

    /// <summary>The short name in the language, else the full one; like <see cref="Name"/>, any language but Vietnamese reads the English one.</summary>
    public string ShortName(Language language) => language == Language.Vi ? ShortVi ?? NameVi : ShortEn ?? NameEn;

    public string AreaName(Language language) => language == Language.Vi ? Area : AreaEn;

    public string? Count(Language language) => language == Language.Vi ? CountVi : CountEn ?? CountVi;
}
