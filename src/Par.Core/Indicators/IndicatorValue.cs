using System.Diagnostics.CodeAnalysis;

namespace Par.Core.Indicators;

/// <summary>What a unit reported for one indicator: a percent, or a ratio that keeps both of its numbers.</summary>
public sealed record IndicatorValue
{
    private IndicatorValue(decimal rate, decimal? numerator, decimal? denominator)
    {
        Rate = rate;
        Numerator = numerator;
        Denominator = denominator;
    }

    /// <summary>The rate in percent, 0–100; for a ratio <c>numerator × 100 ÷ denominator</c>.</summary>
    public decimal Rate { get; }

    public decimal? Numerator { get; }

    public decimal? Denominator { get; }

    [MemberNotNullWhen(true, nameof(Numerator), nameof(Denominator))]
    public bool IsRatio => Numerator is not null;

    /// <exception cref="ArgumentOutOfRangeException">The rate is below 0 or above 100.</exception>
    public static IndicatorValue Percent(decimal rate) => OrThrow(TryPercent(rate), nameof(rate), $"{rate}");

    /// <exception cref="ArgumentOutOfRangeException">A number is negative, the denominator zero or below the numerator.</exception>
    public static IndicatorValue Ratio(decimal numerator, decimal denominator) =>
        OrThrow(TryRatio(numerator, denominator), nameof(numerator), $"{numerator}/{denominator}");

    /// <summary><c>98,5%</c> or <c>490/500 (98%)</c> in Vietnamese, with a decimal point in English.</summary>
    public string Display(Language language)
    {
        var rate = language.Percent(Rate);
        return IsRatio
            ? $"{language.Number(Numerator.Value)}/{language.Number(Denominator.Value)} ({rate})"
            : rate;
    }

    internal static ValueParseResult TryPercent(decimal rate) => rate switch
    {
        < 0 => ValueParseResult.Failure(ValueParseError.Negative),
        > 100 => ValueParseResult.Failure(ValueParseError.OverHundred),
        _ => ValueParseResult.Success(new IndicatorValue(rate, null, null)),
    };

    internal static ValueParseResult TryRatio(decimal numerator, decimal denominator) =>
        numerator < 0 || denominator < 0 ? ValueParseResult.Failure(ValueParseError.Negative)
        : denominator == 0 ? ValueParseResult.Failure(ValueParseError.ZeroDenominator)
        : numerator > denominator ? ValueParseResult.Failure(ValueParseError.NumeratorOverDenominator)
        : ValueParseResult.Success(new IndicatorValue(numerator * 100 / denominator, numerator, denominator));

    private static IndicatorValue OrThrow(ValueParseResult result, string parameter, string given) =>
        result.IsSuccess ? result.Value : throw new ArgumentOutOfRangeException(parameter, given, result.Error.ToString());
}
