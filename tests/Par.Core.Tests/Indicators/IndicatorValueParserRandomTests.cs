using System.Globalization;
using Par.Core.Indicators;

namespace Par.Core.Tests.Indicators;

/// <summary>Randomised properties of the value parser, with fixed seeds so a failure reproduces.</summary>
public sealed class IndicatorValueParserRandomTests
{
    private const string Alphabet = "0123456789,./% -+eE∞٣abcđ\t\u00a0";

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Any_text_parses_to_a_rate_within_0_and_100_or_a_named_error_without_throwing(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 5000; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());

            var result = IndicatorValueParser.Parse(text);

            if (result.IsSuccess)
                Assert.InRange(result.Value!.Rate, 0m, 100m);
            else
                Assert.NotNull(result.Error);
        }
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public void Printed_percent_parses_back_exactly_whatever_the_decimal_separator(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 2000; i++)
        {
            var rate = Math.Round((decimal)random.Next(0, 10001) / 100, 2);
            var text = rate.ToString(CultureInfo.InvariantCulture).Replace(".", random.Next(2) == 0 ? "," : ".") + (random.Next(2) == 0 ? "%" : "");

            var result = IndicatorValueParser.Parse(text);

            Assert.True(result.IsSuccess, text);
            Assert.Equal(rate, result.Value!.Rate);
        }
    }

    [Theory]
    [InlineData(6)]
    [InlineData(7)]
    public void Ratio_keeps_both_numbers_and_its_rate_is_their_quotient(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 2000; i++)
        {
            var denominator = random.Next(1, 100_000);
            var numerator = random.Next(0, denominator + 1);

            var result = IndicatorValueParser.Parse($"{numerator}/{denominator}");

            Assert.True(result.IsSuccess, $"{numerator}/{denominator}");
            Assert.Equal(numerator, result.Value!.Numerator);
            Assert.Equal(denominator, result.Value.Denominator);
            Assert.Equal((decimal)numerator * 100 / denominator, result.Value.Rate);
        }
    }
}
