using System.Globalization;

namespace Par.Bot.Handlers.Reminders;

/// <summary>
/// The everyday shapes of a reminder's cron expression, so /schedule can say "8:00 sáng các ngày làm việc" instead of
/// <c>0 0 8 ? * MON-FRI</c>: a time of day on working days, every day, or on some days of the month. Anything else
/// is <see cref="CronShapeKind.Other"/> and shown as written.
/// </summary>
public sealed record CronShape(CronShapeKind Kind, TimeOnly Time, IReadOnlyList<int> DaysOfMonth)
{
    public static CronShape Of(string cron)
    {
        var fields = cron.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length is not (6 or 7) || fields is [_, _, _, _, _, _, not "*"]
            || fields[0] != "0" || fields[4] != "*"
            || !TryNumber(fields[1], 59, out var minute) || !TryNumber(fields[2], 23, out var hour))
        {
            return Other;
        }

        var time = new TimeOnly(hour, minute);
        return (fields[3], fields[5]) switch
        {
            ("?" or "*", "MON-FRI" or "2-6") => new(CronShapeKind.WorkingDays, time, []),
            ("*", "?") or ("?", "*") or ("*", "*") => new(CronShapeKind.Daily, time, []),
            (var days, "?") when Days(days) is { } list => new(CronShapeKind.DaysOfMonth, time, list),
            _ => Other,
        };
    }

    private static CronShape Other { get; } = new(CronShapeKind.Other, default, []);

    private static int[]? Days(string field)
    {
        var parts = field.Split(',');
        var days = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!TryNumber(parts[i], 31, out days[i]) || days[i] == 0)
                return null;
        }
        return days;
    }

    private static bool TryNumber(string text, int max, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value <= max;
}
