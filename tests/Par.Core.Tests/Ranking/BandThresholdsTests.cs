using System.Globalization;
using Par.Core.Ranking;

namespace Par.Core.Tests.Ranking;

public sealed class BandThresholdsTests
{
    [Theory]
    [InlineData("100", Band.Excellent)]
    [InlineData("90", Band.Excellent)]
    [InlineData("89.99", Band.Good)]
    [InlineData("70", Band.Good)]
    [InlineData("69.9999999", Band.Average)]
    [InlineData("50", Band.Average)]
    [InlineData("49.99", Band.Weak)]
    [InlineData("0", Band.Weak)]
    public void Classify_counts_a_threshold_reached_exactly(string score, Band expected)
    {
        Assert.Equal(expected, new BandThresholds().Classify(Parse(score)));
    }

    [Theory]
    [InlineData("85", Band.Excellent)]
    [InlineData("84.99", Band.Good)]
    [InlineData("60", Band.Good)]
    [InlineData("40", Band.Average)]
    [InlineData("39", Band.Weak)]
    public void Classify_uses_the_configured_thresholds(string score, Band expected)
    {
        var bands = new BandThresholds { Excellent = 85, Good = 60, Average = 40 };

        Assert.Equal(expected, bands.Classify(Parse(score)));
    }

    [Theory]
    [InlineData("72", "80", Band.Excellent)]
    [InlineData("71.99", "80", Band.Good)]
    [InlineData("45", "90", Band.Average)]
    [InlineData("44.99", "90", Band.Weak)]
    public void Classify_scales_to_a_catalogue_not_worth_100(string score, string maxScore, Band expected)
    {
        Assert.Equal(expected, new BandThresholds().Classify(Parse(score), Parse(maxScore)));
    }

    private static decimal Parse(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);
}
