namespace Par.Core.Dossiers;

/// <summary>
/// Reads the dates units write: ISO-8601 (<c>2025-05-20</c>, <c>2025-05-20T08:30</c>,
/// <c>2025-05-20 08:30:00.5</c>, with <c>Z</c> or <c>+07:00</c> honoured) or Vietnamese
/// <c>dd/MM/yyyy [HH:mm[:ss]]</c> (single digits allowed). Without an offset the time is local to
/// the province's zone. A date alone means the start or the end of that local day, as the caller says.
/// Hand-written rather than <c>TryParseExact</c> over a list of formats: imports parse hundreds of thousands.
/// </summary>
public static class LocalDateParser
{
    private static readonly TimeSpan EndOfDay = new(23, 59, 59);

    public static bool TryParse(string text, TimeZoneInfo zone, DateOnlyMeaning dateOnly, out DateTime utc)
    {
        utc = default;
        var s = text.AsSpan().Trim();
        var position = 0;
        var iso = s.Length > 4 && s[4] == '-';
        if (!TryDate(s, ref position, iso, out var date))
        {
            return false;
        }

        TimeSpan time;
        if (position == s.Length)
        {
            time = dateOnly == DateOnlyMeaning.EndOfDay ? EndOfDay : TimeSpan.Zero;
        }
        else if (!TryTime(s, ref position, iso, out time))
        {
            return false;
        }

        var local = date + time;
        if (position < s.Length)
        {
            return iso && TryOffset(s[position..], out var offset) && TryShift(local, offset, out utc);
        }

        // A clock time skipped by a daylight-saving change never happened; refuse rather than guess.
        if (zone.IsInvalidTime(local))
        {
            return false;
        }

        utc = TimeZoneInfo.ConvertTimeToUtc(local, zone);
        return true;
    }

    /// <summary><c>yyyy-MM-dd</c> when <paramref name="iso"/>, else <c>d/M/yyyy</c>.</summary>
    private static bool TryDate(ReadOnlySpan<char> s, ref int position, bool iso, out DateTime date)
    {
        date = default;
        int year = 0, month = 0, day = 0;
        var read = iso
            ? TryNumber(s, ref position, 4, 4, out year) && TryChar(s, ref position, '-')
              && TryNumber(s, ref position, 2, 2, out month) && TryChar(s, ref position, '-')
              && TryNumber(s, ref position, 2, 2, out day)
            : TryNumber(s, ref position, 1, 2, out day) && TryChar(s, ref position, '/')
              && TryNumber(s, ref position, 1, 2, out month) && TryChar(s, ref position, '/')
              && TryNumber(s, ref position, 4, 4, out year);
        if (!read || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified);
        return true;
    }

    /// <summary><c>THH:mm[:ss[.f…]]</c> or <c> HH:mm[:ss[.f…]]</c> (ISO), <c> H:mm[:ss]</c> after one or more spaces otherwise.</summary>
    private static bool TryTime(ReadOnlySpan<char> s, ref int position, bool iso, out TimeSpan time)
    {
        time = default;
        int hour = 0, minute = 0, second = 0, fraction = 0;
        var separated = iso ? s[position] is 'T' or ' ' : s[position] == ' ';
        position++;
        while (!iso && position < s.Length && s[position] == ' ')
        {
            position++;
        }

        var read = separated
            && TryNumber(s, ref position, iso ? 2 : 1, 2, out hour) && TryChar(s, ref position, ':')
            && TryNumber(s, ref position, 2, 2, out minute)
            && (!TryChar(s, ref position, ':') || TryNumber(s, ref position, 2, 2, out second))
            && (!iso || !TryChar(s, ref position, '.') || TryFraction(s, ref position, out fraction));
        if (!read || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        time = new TimeSpan(hour, minute, second) + TimeSpan.FromTicks(fraction);
        return true;
    }

    /// <summary><c>Z</c>, <c>+HH:mm</c> or <c>-HH:mm</c>: how far the local time is ahead of UTC.</summary>
    private static bool TryOffset(ReadOnlySpan<char> s, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (s is "Z")
        {
            return true;
        }

        var position = 1;
        int hours = 0, minutes = 0;
        var read = s.Length == 6 && s[0] is '+' or '-'
            && TryNumber(s, ref position, 2, 2, out hours) && TryChar(s, ref position, ':')
            && TryNumber(s, ref position, 2, 2, out minutes);
        if (!read || hours > 14 || minutes > 59)
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0) * (s[0] == '-' ? -1 : 1);
        return true;
    }

    private static bool TryShift(DateTime local, TimeSpan offset, out DateTime utc)
    {
        utc = default;
        var ticks = local.Ticks - offset.Ticks;
        if (ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks)
        {
            return false;
        }

        utc = new DateTime(ticks, DateTimeKind.Utc);
        return true;
    }

    /// <summary>Up to seven digits of a second, as ticks.</summary>
    private static bool TryFraction(ReadOnlySpan<char> s, ref int position, out int ticks)
    {
        var start = position;
        if (!TryNumber(s, ref position, 1, 7, out ticks))
        {
            return false;
        }

        for (var digits = position - start; digits < 7; digits++)
        {
            ticks *= 10;
        }

        return true;
    }

    private static bool TryNumber(ReadOnlySpan<char> s, ref int position, int minDigits, int maxDigits, out int value)
    {
        value = 0;
        var start = position;
        while (position < s.Length && position - start < maxDigits && char.IsAsciiDigit(s[position]))
        {
            value = (value * 10) + (s[position++] - '0');
        }

        return position - start >= minDigits;
    }

    private static bool TryChar(ReadOnlySpan<char> s, ref int position, char expected)
    {
        if (position < s.Length && s[position] == expected)
        {
            position++;
            return true;
        }

        return false;
    }
}
