using System.Globalization;
using Humanizer;

namespace Par.Core.Dossiers;

/// <summary>
/// A lateness as people say it, in its largest unit from days down to minutes:
/// <c>3 ngày</c>, <c>5 giờ</c>, <c>30 phút</c> / <c>3 days</c>, <c>5 hours</c>. The sign is dropped;
/// the caller says "quá hạn" or "còn".
/// </summary>
public static class HumanDuration
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <param name="language"><c>en</c> (or <c>en-…</c>) for English; anything else is Vietnamese, the bot's default.</param>
    public static string Format(TimeSpan duration, string language) =>
        duration.Duration().Humanize(precision: 1, culture: CultureOf(language), maxUnit: TimeUnit.Day, minUnit: TimeUnit.Minute);

    private static CultureInfo CultureOf(string language) =>
        language.Equals("en", StringComparison.OrdinalIgnoreCase) || language.StartsWith("en-", StringComparison.OrdinalIgnoreCase)
            ? English
            : Vietnamese;
}
