using System.Diagnostics.CodeAnalysis;
using Par.Core.Ranking;

namespace Par.Core.Indicators;

/// <summary>
/// The indicators units report or the portal publishes, in display order, their groups (none in a catalogue
/// without them) and the band thresholds their scores fall into.
/// </summary>
public sealed class IndicatorCatalog
{
    private readonly Dictionary<string, IndicatorDefinition> _byCode;
    private readonly Dictionary<string, IndicatorGroupDefinition> _groupsByCode;

    private IndicatorCatalog(IReadOnlyList<IndicatorGroupDefinition> groups, IReadOnlyList<IndicatorDefinition> items, BandThresholds bands)
    {
        Groups = groups;
        Items = items;
        Bands = bands;
        _byCode = items.ToDictionary(item => item.Code, StringComparer.OrdinalIgnoreCase);
        _groupsByCode = groups.ToDictionary(group => group.Code, StringComparer.OrdinalIgnoreCase);
        MaxScore = items.Sum(item => item.Points);
    }

    public static IndicatorCatalog Default { get; } = new([], DefaultIndicators.Items, new BandThresholds());

    public IReadOnlyList<IndicatorGroupDefinition> Groups { get; }

    public IReadOnlyList<IndicatorDefinition> Items { get; }

    public BandThresholds Bands { get; }

    /// <summary>The sum of the indicators' points: 100 for the default catalogue.</summary>
    public decimal MaxScore { get; }

    /// <summary>Builds the catalogue from configuration; no configured items means the default indicators.</summary>
    /// <exception cref="ArgumentException">The options fail <see cref="IndicatorCatalogValidator"/>.</exception>
    public static IndicatorCatalog FromOptions(IndicatorOptions options)
    {
        var errors = IndicatorCatalogValidator.Validate(options);
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join(Environment.NewLine, errors), nameof(options));
        }

        if (options.Items.Count == 0)
        {
            return new IndicatorCatalog([], DefaultIndicators.Items, options.Bands);
        }

        var groups = options.Groups.ToDictionary(group => group.Code, StringComparer.OrdinalIgnoreCase);
        var items = options.Items.Select(item => item.Group is { } code && groups.TryGetValue(code, out var group)
            ? item with { Group = group.Code, Area = Or(item.Area, group.NameVi), AreaEn = Or(item.AreaEn, group.NameEn) }
            : item);
        return new IndicatorCatalog([.. options.Groups], [.. items], options.Bands);
    }

    public bool TryGet(string code, [NotNullWhen(true)] out IndicatorDefinition? indicator) =>
        _byCode.TryGetValue(code, out indicator);

    public IndicatorGroupDefinition? FindGroup(string code) => _groupsByCode.GetValueOrDefault(code);

    /// <summary>The metrics of one group, in catalogue order.</summary>
    public IEnumerable<IndicatorDefinition> ItemsOf(IndicatorGroupDefinition group) =>
        Items.Where(item => string.Equals(item.Group, group.Code, StringComparison.OrdinalIgnoreCase));

    private static string Or(string value, string fallback) => string.IsNullOrWhiteSpace(value) ? fallback : value;
}
