using System.Globalization;

namespace Par.Core.Dossiers;

/// <summary>
/// Reads the dates units write: ISO-8601 (<c>2025-05-20</c>, <c>2025-05-20T08:30</c>,
/// <c>2025-05-20 08:30:00</c>, with <c>Z</c> or <c>+07:00</c> honoured) or Vietnamese
/// <c>dd/MM/yyyy [HH:mm[:ss]]</c> (single digits allowed). Without an offset the time is local to
/// the province's zone. A date alone means the start or the end of that local day, as the caller says.
/// </summary>
public static class LocalDateParser
{
    private static readonly string[] DateOnlyFormats = ["yyyy-MM-dd", "d'/'M'/'yyyy"];

    private static readonly string[] IsoDateTimeFormats =
    [
        "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF",
    ];

    private static readonly string[] LocalFormats = [.. IsoDateTimeFormats, "d'/'M'/'yyyy H:mm", "d'/'M'/'yyyy H:mm:ss"];

    private static readonly string[] OffsetFormats =
    [
        .. IsoDateTimeFormats.Select(format => format + "zzz"),
        .. IsoDateTimeFormats.Select(format => format + "'Z'"),
    ];

    private static readonly TimeSpan EndOfDay = new(23, 59, 59);

    public static bool TryParse(string text, TimeZoneInfo zone, DateOnlyMeaning dateOnly, out DateTime utc)
    {
        utc = default;
        var value = text.Trim();
        var invariant = CultureInfo.InvariantCulture;

        if (DateTime.TryParseExact(value, DateOnlyFormats, invariant, DateTimeStyles.None, out var date))
        {
            return TryToUtc(dateOnly == DateOnlyMeaning.EndOfDay ? date + EndOfDay : date, zone, out utc);
        }

        if (DateTime.TryParseExact(value, LocalFormats, invariant, DateTimeStyles.None, out var local))
        {
            return TryToUtc(local, zone, out utc);
        }

        if (DateTimeOffset.TryParseExact(value, OffsetFormats, invariant, DateTimeStyles.AssumeUniversal, out var withOffset))
        {
            utc = withOffset.UtcDateTime;
            return true;
        }

        return false;
    }

    private static bool TryToUtc(DateTime local, TimeZoneInfo zone, out DateTime utc)
    {
        // A clock time skipped by a daylight-saving change never happened; refuse rather than guess.
        if (zone.IsInvalidTime(local))
        {
            utc = default;
            return false;
        }

        utc = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone);
        return true;
    }
}
