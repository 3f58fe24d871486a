using Microsoft.Extensions.Options;
using Par.Bot.Tests.Hosting;
using Par.Core.Indicators;

namespace Par.Bot.Tests.Ranking;

public sealed class IndicatorOptionsTests
{
    [Theory]
    [InlineData("Indicators:Items:0:Points", "0", "Indicators:Items:0:Points must be > 0")]
    [InlineData("Indicators:Items:0:Code", "ontime", "Indicators:Items:0:Code must match")]
    [InlineData("Indicators:Bands:Good", "95", "Indicators:Bands:Good must be below Indicators:Bands:Excellent")]
    [InlineData("Indicators:Items:0:Kind", "weird", "Failed to convert configuration value 'weird' at 'Indicators:Items:0:Kind'")]
    [InlineData("Indicators:Items:0:Target", "tám mươi", "Failed to convert configuration value 'tám mươi' at 'Indicators:Items:0:Target'")]
    public async Task A_bad_catalogue_stops_the_host_with_a_line_naming_the_key(string key, string value, string expected)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Indicators:Items:0:Code"] = "ONTIME", ["Indicators:Items:0:NameVi"] = "Đúng hạn", ["Indicators:Items:0:NameEn"] = "On time",
            ["Indicators:Items:0:Area"] = "Tiến độ", ["Indicators:Items:0:AreaEn"] = "Progress", ["Indicators:Items:0:Kind"] = "ratio",
            ["Indicators:Items:0:Points"] = "100", ["Indicators:Items:0:Target"] = "100",
            [key] = value,
        };

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => BotHarness.StartAsync(settings));

        Assert.StartsWith(expected, failure.Failures.First());
    }

    [Fact]
    public async Task A_configured_catalogue_replaces_the_default()
    {
        await using var harness = await BotHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Indicators:Items:0:Code"] = "RATE", ["Indicators:Items:0:NameVi"] = "Tỉ lệ", ["Indicators:Items:0:NameEn"] = "Rate",
            ["Indicators:Items:0:Area"] = "Chung", ["Indicators:Items:0:AreaEn"] = "General", ["Indicators:Items:0:Kind"] = "Percent",
            ["Indicators:Items:0:Points"] = "10", ["Indicators:Items:0:Target"] = "50",
        });

        var catalog = harness.Get<IndicatorCatalog>();

        Assert.Equal(["RATE"], catalog.Items.Select(i => i.Code));
        Assert.Equal(10m, catalog.MaxScore);
    }
}
