namespace Par.Core.Periods;

/// <summary>The grammar behind <see cref="Period.TryParse"/>.</summary>
internal static class PeriodParser
{
    private const int MaxLength = 16;

    public static Period? Parse(string? text)
    {
        var span = text.AsSpan().Trim();
        if (span.IsEmpty || span.Length > MaxLength)
        {
            return null;
        }

        if (!Split(span, out var first, out var second))
        {
            return IsYear(span, out var onlyYear) ? Period.ForYear(onlyYear) : null;
        }

        return IsYear(first, out var year) ? PartOfYear(year, second)
            : IsYear(second, out year) ? PartOfYear(year, first)
            : null;
    }

    /// <summary>Splits at the one <c>-</c> or <c>/</c> (blanks around it allowed), else at the one run of blanks.</summary>
    private static bool Split(ReadOnlySpan<char> text, out ReadOnlySpan<char> first, out ReadOnlySpan<char> second)
    {
        var at = text.IndexOfAny('-', '/');
        if (at < 0)
        {
            at = text.IndexOf(' ');
        }

        first = at < 0 ? text : text[..at].TrimEnd();
        second = at < 0 ? [] : text[(at + 1)..].TrimStart();
        return at >= 0;
    }

    private static Period? PartOfYear(int year, ReadOnlySpan<char> part)
    {
        if (part is ['Q' or 'q', var digit] && digit is >= '1' and <= '4')
        {
            return Period.ForQuarter(year, digit - '0');
        }

        return part.Length is 1 or 2 && !part.ContainsAnyExceptInRange('0', '9') && int.Parse(part) is >= 1 and <= 12 and var month
            ? Period.ForMonth(year, month)
            : null;
    }

    private static bool IsYear(ReadOnlySpan<char> part, out int year)
    {
        year = part.Length == 4 && !part.ContainsAnyExceptInRange('0', '9') ? int.Parse(part) : 0;
        return year >= Period.MinYear;
    }
}
