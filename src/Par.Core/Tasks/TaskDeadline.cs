using System.Globalization;
using System.Text.RegularExpressions;
using Par.Core.Dossiers;

namespace Par.Core.Tasks;

/// <summary>
/// A deadline as officials type it, in the province's zone: a full date (<c>2026-12-10</c>, <c>10/12/2026 17:00</c>)
/// as <see cref="LocalDateParser"/> reads it, or a day and month (<c>10/12</c>, <c>10/12 17:00</c>) — this year's, or
/// next year's when this year's has passed, since nobody sets a deadline in the past. A date alone means the end of that day.
/// </summary>
public static partial class TaskDeadline
{
    public static bool TryParse(string text, TimeZoneInfo zone, DateTime nowUtc, out DateTime utc)
    {
        if (LocalDateParser.TryParse(text, zone, DateOnlyMeaning.EndOfDay, out utc))
        {
            return true;
        }

        var match = DayAndMonth().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }

        var year = TimeZoneInfo.ConvertTimeFromUtc(nowUtc, zone).Year;
        foreach (var candidate in (int[])[year, year + 1])
        {
            var dated = string.Create(CultureInfo.InvariantCulture, $"{match.Groups["date"].Value}/{candidate}{match.Groups["time"].Value}");
            if (LocalDateParser.TryParse(dated, zone, DateOnlyMeaning.EndOfDay, out utc) && utc > nowUtc)
            {
                return true;
            }
        }

        utc = default;
        return false;
    }

    [GeneratedRegex(@"^(?<date>[0-9]{1,2}/[0-9]{1,2})(?<time> +[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?)?$")]
    private static partial Regex DayAndMonth();
}
