using Par.Core.Indicators;
using Par.Core.Ranking;

namespace Par.Core.Tests.Indicators;

public sealed class IndicatorCatalogTests
{
    [Theory]
    [InlineData(0, "DISCLOSE", IndicatorKind.Percent, 18, 100)]
    [InlineData(1, "ONTIME", IndicatorKind.Ratio, 20, 100)]
    [InlineData(2, "ONLINE", IndicatorKind.Percent, 12, 50)]
    [InlineData(3, "EPAY", IndicatorKind.Percent, 10, 80)]
    [InlineData(4, "FEEDBACK", IndicatorKind.Ratio, 6, 100)]
    [InlineData(5, "SATISFACTION", IndicatorKind.Percent, 12, 90)]
    [InlineData(6, "ERESULT", IndicatorKind.Percent, 11, 80)]
    [InlineData(7, "DIGITIZE", IndicatorKind.Percent, 11, 80)]
    public void Default_follows_the_national_index(int index, string code, IndicatorKind kind, int points, int target)
    {
        var indicator = IndicatorCatalog.Default.Items[index];

        Assert.Equal(code, indicator.Code);
        Assert.Equal(kind, indicator.Kind);
        Assert.Equal(points, indicator.Points);
        Assert.Equal(target, indicator.Target);
        Assert.True(indicator.HigherIsBetter);
        Assert.All(
            [indicator.NameVi, indicator.NameEn, indicator.ShortVi, indicator.ShortEn, indicator.Area, indicator.AreaEn],
            text => Assert.False(string.IsNullOrWhiteSpace(text)));
    }

    [Fact]
    public void Default_is_worth_100_points_and_passes_validation()
    {
        Assert.Equal(8, IndicatorCatalog.Default.Items.Count);
        Assert.Equal(100m, IndicatorCatalog.Default.MaxScore);
        Assert.Empty(IndicatorCatalogValidator.Validate(new IndicatorOptions { Items = [.. DefaultIndicators.Items] }));
    }

    [Theory]
    [InlineData("ONTIME", "ONTIME")]
    [InlineData("ontime", "ONTIME")]
    [InlineData("Satisfaction", "SATISFACTION")]
    [InlineData("NOPE", null)]
    [InlineData("", null)]
    public void TryGet_finds_a_code_in_any_case(string code, string? expected)
    {
        var found = IndicatorCatalog.Default.TryGet(code, out var indicator);

        Assert.Equal(expected is not null, found);
        Assert.Equal(expected, indicator?.Code);
    }

    [Fact]
    public void FromOptions_without_items_uses_the_default_indicators_with_the_configured_bands()
    {
        var bands = new BandThresholds { Excellent = 85, Good = 60, Average = 40 };

        var catalog = IndicatorCatalog.FromOptions(new IndicatorOptions { Bands = bands });

        Assert.Equal(IndicatorCatalog.Default.Items, catalog.Items);
        Assert.Equal(bands, catalog.Bands);
    }

    [Fact]
    public void FromOptions_keeps_the_configured_order_and_sums_the_points()
    {
        var catalog = IndicatorCatalog.FromOptions(new IndicatorOptions
        {
            Items = [Indicator("LATE", 7.5m), Indicator("ONTIME", 12.25m)],
        });

        Assert.Equal(["LATE", "ONTIME"], catalog.Items.Select(i => i.Code));
        Assert.Equal(19.75m, catalog.MaxScore);
    }

    [Fact]
    public void FromOptions_refuses_invalid_options_naming_the_key()
    {
        var options = new IndicatorOptions { Items = [Indicator("LATE", 0)] };

        var error = Assert.Throws<ArgumentException>(() => IndicatorCatalog.FromOptions(options));

        Assert.Contains("Indicators:Items:0:Points must be > 0", error.Message);
    }

    [Fact]
    public void Catalogue_does_not_change_when_the_options_list_does()
    {
        var options = new IndicatorOptions { Items = [Indicator("LATE", 5)] };
        var catalog = IndicatorCatalog.FromOptions(options);

        options.Items.Add(Indicator("MORE", 5));

        Assert.Single(catalog.Items);
    }

    internal static IndicatorDefinition Indicator(string code, decimal points, decimal target = 100) => new()
    {
        Code = code, NameVi = "Chỉ số", NameEn = "Indicator", Area = "Lĩnh vực", AreaEn = "Area",
        Points = points, Target = target,
    };
}
