using Par.Core.Indicators;
using Par.Core.Tests.Portal;

namespace Par.Core.Tests.Indicators;

public sealed class PortalCatalogTests
{
    [Fact]
    public void The_shipped_catalogue_is_the_portals_six_groups_of_100_points()
    {
        var catalog = ShippedCatalogs.Portal;

        Assert.Equal(
            ["transparency", "progress", "online", "payment", "digitisation", "satisfaction"],
            catalog.Groups.Select(group => group.Code));
        Assert.Equal([18m, 20m, 12m, 10m, 22m, 18m], catalog.Groups.Select(group => group.Max));
        Assert.Equal(100m, catalog.MaxScore);
        Assert.All(catalog.Items, item => Assert.Equal(IndicatorRounding.HalfUp, item.Rounding));
        Assert.All(catalog.Items, item => Assert.False(string.IsNullOrEmpty(item.AreaName(Core.Language.Vi))));
    }

    [Fact]
    public void The_self_report_alternative_is_the_eight_indicators_of_the_code_default()
    {
        // Compared without Parts: a list is equal only to itself.
        Assert.Equal(
            IndicatorCatalog.Default.Items.Select(item => item with { Parts = [] }).Select(item => item.ToString()),
            ShippedCatalogs.SelfReport.Items.Select(item => item with { Parts = [] }).Select(item => item.ToString()));
    }

    [Theory]
    [InlineData("Max", "17", "Indicators:Groups:0:Max is 17 but its items' points add up to 18")]
    [InlineData("Code", "1x", "Indicators:Groups:0:Code must match ^[A-Za-z][A-Za-z0-9_-]{1,39}$ (was '1x')")]
    [InlineData("NameVi", "", "Indicators:Groups:0:NameVi is required")]
    public void A_bad_group_is_named_by_its_key(string property, string value, string expected)
    {
        var options = ShippedCatalogs.Options("appsettings.json");
        var group = options.Groups[0];
        options.Groups[0] = property switch
        {
            "Max" => group with { Max = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
            "Code" => group with { Code = value },
            _ => group with { NameVi = value },
        };

        var errors = IndicatorCatalogValidator.Validate(options);

        Assert.Contains(expected, errors);
    }

    [Fact]
    public void An_item_of_a_grouped_catalogue_names_a_known_group()
    {
        var options = ShippedCatalogs.Options("appsettings.json");
        options.Items[0] = options.Items[0] with { Group = "nowhere" };

        Assert.Contains("Indicators:Items:0:Group 'nowhere' is not one of Indicators:Groups", IndicatorCatalogValidator.Validate(options));
    }

    [Theory]
    [InlineData(IndicatorRule.Composite, 0, "Indicators:Items:0:Parts is required for a composite rule")]
    [InlineData(IndicatorRule.Linear, 1, "Indicators:Items:0:Parts is only for a composite rule")]
    [InlineData((IndicatorRule)9, 0, "Indicators:Items:0:Rule must be capped, linear, composite or given")]
    public void A_rule_and_its_parts_go_together(IndicatorRule rule, int parts, string expected)
    {
        var options = ShippedCatalogs.Options("appsettings.json");
        options.Items[0] = options.Items[0] with
        {
            Rule = rule,
            Parts = [.. Enumerable.Repeat(new CompositePart { NumeratorField = "a", DenominatorField = "b", Weight = 1 }, parts)],
        };

        Assert.Contains(expected, IndicatorCatalogValidator.Validate(options));
    }

    [Fact]
    public void A_capped_metric_needs_its_full_marks_rate()
    {
        var options = ShippedCatalogs.Options("appsettings.json");
        var index = options.Items.FindIndex(item => item.Code == "REUSED_DIGITIZED_DATA");
        options.Items[index] = options.Items[index] with { Target = 0 };

        Assert.Equal([$"Indicators:Items:{index}:Target must be > 0 and <= 100"], IndicatorCatalogValidator.Validate(options));
    }
}
