using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Par.Core.Indicators;

namespace Par.Core.Reports;

/// <summary>
/// The exact, culture-free text of stored values: <c>62.5</c>, <c>490/500</c>, and whole reports as
/// <c>ONTIME=490/500;DISCLOSE=100</c>. Unlike <see cref="IndicatorValueParser"/> (what people type), it round-trips
/// every decimal and is cheap to read back, which matters when a ranking reads thousands of reports.
/// </summary>
public static class ValueText
{
    private const char PairSeparator = ';';

    /// <summary>The 18 digits a long holds exactly; longer numbers take the slower general parser.</summary>
    private const int FastDigits = 18;

    /// <summary>Indicator codes read so far: a ranking reads the same few codes tens of thousands of times.</summary>
    private static readonly ConcurrentDictionary<string, string> Codes = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CodeLookup =
        Codes.GetAlternateLookup<ReadOnlySpan<char>>();

    public static string Format(IndicatorValue value) => value.IsRatio
        ? string.Create(CultureInfo.InvariantCulture, $"{value.Numerator.Value}/{value.Denominator.Value}")
        : value.Rate.ToString(CultureInfo.InvariantCulture);

    public static bool TryParse(ReadOnlySpan<char> text, [NotNullWhen(true)] out IndicatorValue? value)
    {
        value = null;
        var slash = text.IndexOf('/');
        if (slash < 0)
        {
            if (Number(text, out var rate) && rate is >= 0 and <= 100)
            {
                value = IndicatorValue.Percent(rate);
            }
        }
        else if (Number(text[..slash], out var numerator) && Number(text[(slash + 1)..], out var denominator)
            && numerator >= 0 && denominator > 0 && numerator <= denominator)
        {
            value = IndicatorValue.Ratio(numerator, denominator);
        }

        return value is not null;
    }

    public static string FormatAll(IReadOnlyDictionary<string, IndicatorValue> values) =>
        string.Join(PairSeparator, values.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key}={Format(pair.Value)}"));

    /// <summary>Reads <see cref="FormatAll"/>'s text back; a damaged pair is skipped rather than failing a whole ranking.</summary>
    public static Dictionary<string, IndicatorValue> ParseAll(string text)
    {
        var values = new Dictionary<string, IndicatorValue>(8, StringComparer.Ordinal);
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf(PairSeparator);
            var pair = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + 1)..];
            var equals = pair.IndexOf('=');
            if (equals > 0 && TryParse(pair[(equals + 1)..], out var value))
            {
                values[Code(pair[..equals])] = value;
            }
        }

        return values;
    }

    private static string Code(ReadOnlySpan<char> text)
    {
        if (CodeLookup.TryGetValue(text, out var code))
        {
            return code;
        }

        code = text.ToString();
        return Codes.GetOrAdd(code, code);
    }

    /// <summary>Digits with at most one decimal point, as <see cref="Format"/> writes them.</summary>
    private static bool Number(ReadOnlySpan<char> text, out decimal value)
    {
        var point = text.IndexOf('.');
        var digits = point < 0 ? text.Length : text.Length - 1;
        if (text.IsEmpty || digits > FastDigits || point == 0 || point == text.Length - 1 || text.Count('.') > 1)
        {
            return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
        }

        long mantissa = 0;
        foreach (var c in text)
        {
            if (c == '.')
            {
                continue;
            }

            if (c is < '0' or > '9')
            {
                value = 0;
                return false;
            }

            mantissa = (mantissa * 10) + (c - '0');
        }

        var scale = point < 0 ? 0 : text.Length - point - 1;
        value = new decimal((int)mantissa, (int)(mantissa >> 32), 0, false, (byte)scale);
        return true;
    }
}
