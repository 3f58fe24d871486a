using System.Globalization;
using Par.Core.Indicators;
using Par.Core.Ranking;

namespace Par.Core.Tests.Ranking;

public sealed class PortalRoundingTests
{
    [Theory]
    [InlineData("37.605", "37.61")]
    [InlineData("37.615", "37.62")]
    [InlineData("37.6049999", "37.60")]
    [InlineData("70.125", "70.13")]
    [InlineData("89.995", "90.00")]
    [InlineData("100", "100.00")]
    [InlineData("-0.005", "-0.01")]
    [InlineData("33.333333333333333333333333333", "33.33")]
    public void Round_takes_two_decimals_half_away_from_zero(string exact, string published)
    {
        var rounded = PortalRounding.Round(decimal.Parse(exact, CultureInfo.InvariantCulture));

        Assert.Equal(published, rounded.ToString("0.00", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_score_published_at_a_band_threshold_falls_in_that_band()
    {
        var scores = new Dictionary<string, IReadOnlyDictionary<string, IndicatorValue>>
        {
            ["A"] = new Dictionary<string, IndicatorValue> { ["RATE"] = IndicatorValue.Percent(89.995m) },
        };

        var entry = Ranker.Rank(GroupTable.OneIndicator, ["A"], scores).Find("A")!;

        Assert.Equal((90.00m, Band.Excellent), (entry.PublishedScore, entry.Band));
    }
}
