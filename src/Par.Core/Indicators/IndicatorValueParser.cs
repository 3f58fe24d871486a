using System.Globalization;

namespace Par.Core.Indicators;

/// <summary>
/// Reads a value as units type it: a percent (<c>98</c>, <c>98%</c>, <c>98,5</c>, <c>98.5 %</c>) or a ratio
/// (<c>490/500</c>, <c>490 / 500</c>). Either form is accepted for either kind of indicator.
/// </summary>
/// <remarks>
/// A comma and a point are both decimal separators, and a number has at most one of them. In a percent that is never
/// ambiguous (a grouped thousand is over 100 anyway). In a ratio the counts are grouped the Vietnamese way, so a point
/// followed by exactly three digits separates thousands (<c>1.234/1.500</c> is 1234 of 1500: nobody counts dossiers
/// to three decimals). A comma followed by three digits is a Vietnamese decimal or an English thousand, so it is
/// refused as <see cref="ValueParseError.AmbiguousSeparator"/> rather than guessed; <c>12,5/25</c> stays a decimal.
/// </remarks>
public static class IndicatorValueParser
{
    public const int MaxLength = 32;

    public static ValueParseResult Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ValueParseResult.Failure(ValueParseError.Empty);
        }

        var span = text.AsSpan().Trim();
        if (span.Length > MaxLength)
        {
            return ValueParseResult.Failure(ValueParseError.TooLong);
        }

        var slash = span.IndexOf('/');
        return slash >= 0 ? ParseRatio(span[..slash].TrimEnd(), span[(slash + 1)..].TrimStart()) : ParsePercent(span);
    }

    /// <summary>
    /// A value from a file cell: like <see cref="Parse"/>, but a bare fraction between 0 and 1 (<c>0.95</c>, no
    /// percent sign) is refused as <see cref="ValueParseError.BareFraction"/>. Percent-formatted XLSX cells arrive
    /// as <c>95%</c>; a bare 0.95 is a sheet whose format was lost, and 0.95 % is almost never what it meant.
    /// </summary>
    public static ValueParseResult ParseCell(string? text)
    {
        var parsed = Parse(text);
        return parsed.IsSuccess && !parsed.Value.IsRatio && parsed.Value.Rate is > 0 and < 1 && !text!.Contains('%')
            ? ValueParseResult.Failure(ValueParseError.BareFraction)
            : parsed;
    }

    private static ValueParseResult ParsePercent(ReadOnlySpan<char> text)
    {
        if (text is [.. var number, '%'])
        {
            text = number.TrimEnd();
        }

        return ParseNumber(text, inRatio: false, out var rate) is { } error
            ? ValueParseResult.Failure(error)
            : IndicatorValue.TryPercent(rate);
    }

    private static ValueParseResult ParseRatio(ReadOnlySpan<char> numeratorText, ReadOnlySpan<char> denominatorText)
    {
        if (ParseNumber(numeratorText, inRatio: true, out var numerator) is { } numeratorError)
        {
            return ValueParseResult.Failure(numeratorError);
        }

        return ParseNumber(denominatorText, inRatio: true, out var denominator) is { } denominatorError
            ? ValueParseResult.Failure(denominatorError)
            : IndicatorValue.TryRatio(numerator, denominator);
    }

    /// <summary>A number that would be valid but for a leading minus is <see cref="ValueParseError.Negative"/>.</summary>
    private static ValueParseError? ParseNumber(ReadOnlySpan<char> text, bool inRatio, out decimal value)
    {
        var negative = text is ['-', ..];
        return ParseMagnitude(negative ? text[1..] : text, inRatio, out value)
            ?? (negative ? ValueParseError.Negative : null);
    }

    /// <summary>Digits, optionally one separator and more digits; no sign, exponent or grouping.</summary>
    private static ValueParseError? ParseMagnitude(ReadOnlySpan<char> text, bool inRatio, out decimal value)
    {
        value = 0;
        var separator = text.IndexOfAnyExceptInRange('0', '9');
        var integer = separator < 0 ? text : text[..separator];
        var fraction = separator < 0 ? [] : text[(separator + 1)..];
        if (integer.IsEmpty
            || (separator >= 0 && (text[separator] is not ('.' or ',') || fraction.IsEmpty || fraction.ContainsAnyExceptInRange('0', '9'))))
        {
            return ValueParseError.NotANumber;
        }

        var thousands = inRatio && fraction.Length == 3 && text[separator] == '.';
        if (inRatio && fraction.Length == 3 && !thousands)
        {
            return ValueParseError.AmbiguousSeparator;
        }

        Span<char> invariant = stackalloc char[text.Length];
        text.Replace(invariant, ',', '.');
        if (thousands)
        {
            fraction.CopyTo(invariant[separator..]);
            invariant = invariant[..^1];
        }
        return decimal.TryParse(invariant, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
            ? null
            : ValueParseError.NotANumber;
    }
}
