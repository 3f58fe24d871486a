using Par.Core.Ranking;

namespace Par.Core.Indicators;

/// <summary>The <c>Indicators</c> configuration section.</summary>
/// <remarks>
/// Shape (an object, so that <c>AddOptions&lt;IndicatorOptions&gt;().BindConfiguration("Indicators")</c> binds it):
/// <code>
/// "Indicators": {
///   "Items": [ { "Code": "ONTIME", "NameVi": "…", "NameEn": "…", "ShortVi": "…", "ShortEn": "…", "Area": "…", "AreaEn": "…",
///                "Kind": "ratio", "Points": 20, "Target": 100, "HigherIsBetter": true }, … ],
///   "Bands": { "Excellent": 90, "Good": 70, "Average": 50 }
/// }
/// </code>
/// No <c>Items</c> means the default catalogue (<see cref="DefaultIndicators"/>); a missing band keeps its default;
/// <c>ShortVi</c> and <c>ShortEn</c> may be left out (the full names are used instead).
/// <c>Items</c> starts empty because the binder appends configured entries to whatever the list already holds.
/// </remarks>
public sealed class IndicatorOptions
{
    public const string SectionName = "Indicators";

    public List<IndicatorDefinition> Items { get; set; } = [];

    public BandThresholds Bands { get; set; } = new();
}
