using System.Diagnostics.CodeAnalysis;
using Par.Core.Ranking;

namespace Par.Core.Indicators;

/// <summary>The indicators units report, in display order, with the band thresholds their scores fall into.</summary>
public sealed class IndicatorCatalog
{
    private readonly Dictionary<string, IndicatorDefinition> _byCode;

    private IndicatorCatalog(IReadOnlyList<IndicatorDefinition> items, BandThresholds bands)
    {
        Items = items;
        Bands = bands;
        _byCode = items.ToDictionary(item => item.Code, StringComparer.OrdinalIgnoreCase);
        MaxScore = items.Sum(item => item.Points);
    }

    public static IndicatorCatalog Default { get; } = new(DefaultIndicators.Items, new BandThresholds());

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

        return new IndicatorCatalog(options.Items.Count == 0 ? DefaultIndicators.Items : [.. options.Items], options.Bands);
    }

    public bool TryGet(string code, [NotNullWhen(true)] out IndicatorDefinition? indicator) =>
        _byCode.TryGetValue(code, out indicator);
}
