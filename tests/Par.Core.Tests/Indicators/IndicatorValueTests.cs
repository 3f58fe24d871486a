using System.Globalization;
using Par.Core.Indicators;

namespace Par.Core.Tests.Indicators;

public sealed class IndicatorValueTests
{
    [Theory]
    [InlineData("98,5", "vi", "98,5%")]
    [InlineData("98,5", "en", "98.5%")]
    [InlineData("100", "vi", "100%")]
    [InlineData("62.5%", "en-US", "62.5%")]
    [InlineData("490/500", "vi", "490/500 (98%)")]
    [InlineData("12,5/25", "vi", "12,5/25 (50%)")]
    [InlineData("12,5/25", "en", "12.5/25 (50%)")]
    [InlineData("2/3", "en", "2/3 (66.67%)")]
    [InlineData("2/3", "vi", "2/3 (66,67%)")]
    [InlineData("1200/1500", "vi", "1200/1500 (80%)")]
    [InlineData("98,5", "fr", "98,5%")]
    public void Display_uses_the_languages_decimal_separator(string text, string language, string expected)
    {
        var value = IndicatorValueParser.Parse(text).Value!;

        Assert.Equal(expected, value.Display(SpokenLanguages.Parse(language)));
    }

    [Fact]
    public void Display_can_be_pasted_back_as_the_same_value()
    {
        var value = IndicatorValue.Ratio(1200, 1500);

        var shown = value.Display(Language.Vi);

        Assert.Equal(value, IndicatorValueParser.Parse(shown[..shown.IndexOf(' ')]).Value);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("100.5")]
    public void Percent_refuses_a_rate_outside_0_to_100(string rate)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => IndicatorValue.Percent(decimal.Parse(rate, CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData(5, 0)]
    [InlineData(6, 5)]
    [InlineData(-1, 5)]
    public void Ratio_refuses_impossible_counts(int numerator, int denominator)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => IndicatorValue.Ratio(numerator, denominator));
    }

    [Fact]
    public void Ratio_rate_is_exact()
    {
        Assert.Equal(98m, IndicatorValue.Ratio(490, 500).Rate);
        Assert.Equal(100m / 3, IndicatorValue.Ratio(1, 3).Rate);
    }

    [Fact]
    public void Values_with_the_same_figures_are_equal()
    {
        Assert.Equal(IndicatorValue.Percent(98.5m), IndicatorValue.Percent(98.50m));
        Assert.Equal(IndicatorValue.Ratio(490, 500), IndicatorValueParser.Parse("490 / 500").Value);
        Assert.NotEqual(IndicatorValue.Percent(98), IndicatorValue.Ratio(490, 500));
    }
}
