using System.Globalization;
using Par.Core.Indicators;

namespace Par.Core.Tests.Indicators;

public sealed class IndicatorValueParserTests
{
    [Theory]
    [InlineData("98", "98")]
    [InlineData("98%", "98")]
    [InlineData("98,5", "98.5")]
    [InlineData("98.5 %", "98.5")]
    [InlineData("62,5%", "62.5")]
    [InlineData("  100 %  ", "100")]
    [InlineData("0", "0")]
    [InlineData("100.0", "100")]
    [InlineData("99,125", "99.125")]
    [InlineData("007", "7")]
    [InlineData("1.000", "1")]
    [InlineData("98.00000000000000000000000000", "98")]
    public void Parse_reads_a_percent(string text, string rate)
    {
        var result = IndicatorValueParser.Parse(text);

        Assert.True(result.IsSuccess, result.Error.ToString());
        Assert.False(result.Value.IsRatio);
        Assert.Equal(decimal.Parse(rate, CultureInfo.InvariantCulture), result.Value.Rate);
    }

    [Theory]
    [InlineData("490/500", "490", "500", "98")]
    [InlineData("490 / 500", "490", "500", "98")]
    [InlineData(" 490/ 500 ", "490", "500", "98")]
    [InlineData("0/5", "0", "5", "0")]
    [InlineData("5/5", "5", "5", "100")]
    [InlineData("12,5/25", "12.5", "25", "50")]
    [InlineData("1/8", "1", "8", "12.5")]
    [InlineData("1200/1500", "1200", "1500", "80")]
    [InlineData("1,25/2.5", "1.25", "2.5", "50")]
    [InlineData("1.234/2.468", "1234", "2468", "50")]
    [InlineData("1.200/1500", "1200", "1500", "80")]
    [InlineData("950/1.000", "950", "1000", "95")]
    [InlineData("12,5/1.000", "12.5", "1000", "1.25")]
    public void Parse_reads_a_ratio_and_keeps_both_numbers(string text, string numerator, string denominator, string rate)
    {
        var result = IndicatorValueParser.Parse(text);

        Assert.True(result.IsSuccess, result.Error.ToString());
        Assert.True(result.Value.IsRatio);
        Assert.Equal(decimal.Parse(numerator, CultureInfo.InvariantCulture), result.Value.Numerator);
        Assert.Equal(decimal.Parse(denominator, CultureInfo.InvariantCulture), result.Value.Denominator);
        Assert.Equal(decimal.Parse(rate, CultureInfo.InvariantCulture), result.Value.Rate);
    }

    [Theory]
    [InlineData(null, ValueParseError.Empty)]
    [InlineData("", ValueParseError.Empty)]
    [InlineData("   ", ValueParseError.Empty)]
    [InlineData("abc", ValueParseError.NotANumber)]
    [InlineData("%", ValueParseError.NotANumber)]
    [InlineData("98%%", ValueParseError.NotANumber)]
    [InlineData("% 98", ValueParseError.NotANumber)]
    [InlineData("1e2", ValueParseError.NotANumber)]
    [InlineData("+5", ValueParseError.NotANumber)]
    [InlineData("98.", ValueParseError.NotANumber)]
    [InlineData(".5", ValueParseError.NotANumber)]
    [InlineData("9 8", ValueParseError.NotANumber)]
    [InlineData("98,5,1", ValueParseError.NotANumber)]
    [InlineData("1.234.567", ValueParseError.NotANumber)]
    [InlineData("９８", ValueParseError.NotANumber)]
    [InlineData("/500", ValueParseError.NotANumber)]
    [InlineData("490/", ValueParseError.NotANumber)]
    [InlineData("490/500%", ValueParseError.NotANumber)]
    [InlineData("1/2/3", ValueParseError.NotANumber)]
    [InlineData("--5", ValueParseError.NotANumber)]
    [InlineData("-5", ValueParseError.Negative)]
    [InlineData("-0,5 %", ValueParseError.Negative)]
    [InlineData("-5/10", ValueParseError.Negative)]
    [InlineData("5/-10", ValueParseError.Negative)]
    [InlineData("100.01", ValueParseError.OverHundred)]
    [InlineData("101%", ValueParseError.OverHundred)]
    [InlineData("5/0", ValueParseError.ZeroDenominator)]
    [InlineData("0/0", ValueParseError.ZeroDenominator)]
    [InlineData("501/500", ValueParseError.NumeratorOverDenominator)]
    [InlineData("950/1,000", ValueParseError.AmbiguousSeparator)]
    [InlineData("1,200/1500", ValueParseError.AmbiguousSeparator)]
    [InlineData("1.234.567/2.000.000", ValueParseError.NotANumber)]
    [InlineData("000000000000000000000000000000098", ValueParseError.TooLong)]
    public void Parse_refuses_with_the_reason(string? text, ValueParseError error)
    {
        var result = IndicatorValueParser.Parse(text);

        Assert.False(result.IsSuccess);
        Assert.Equal(error, result.Error);
    }

    [Theory]
    [InlineData("98.00000000000000000000000000000", true)]
    [InlineData("98.000000000000000000000000000000", false)]
    [InlineData("                                         98                                  ", true)]
    public void Parse_limits_the_trimmed_text_to_32_characters(string text, bool accepted)
    {
        var result = IndicatorValueParser.Parse(text);

        Assert.Equal(accepted, result.IsSuccess);
        Assert.Equal(accepted ? null : ValueParseError.TooLong, result.Error);
    }
}
