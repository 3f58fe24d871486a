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
/// The portal's index adds groups, each with its maximum, and per item a group, a rule and what no cases score:
/// <code>
///   "Groups": [ { "Code": "transparency", "NameVi": "…", "NameEn": "…", "Max": 18, "Endpoint": "transparency" }, … ],
///   "Items": [ { "Code": "PUBLISH_ON_TIME", "Group": "transparency", "Rule": "linear", "WhenNoCases": "notScored",
///                "Rounding": "halfUp", "Points": 6, … }, … ]
/// </code>
/// Items of a catalogue with groups take their group's names as their area when they name none.
/// No <c>Items</c> means the default catalogue (<see cref="DefaultIndicators"/>); a missing band keeps its default;
/// <c>ShortVi</c> and <c>ShortEn</c> may be left out (the full names are used instead).
/// <c>Items</c> starts empty because the binder appends configured entries to whatever the list already holds.
/// </remarks>
public sealed class IndicatorOptions
{
    public const string SectionName = "Indicators";

    public List<IndicatorGroupDefinition> Groups { get; set; } = [];

    public List<IndicatorDefinition> Items { get; set; } = [];

    public BandThresholds Bands { get; set; } = new();
}
