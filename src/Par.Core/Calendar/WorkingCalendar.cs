namespace Par.Core.Calendar;

/// <summary>
/// The province's working days: Monday to Friday except the configured holidays (Tết, national days and the
/// weekdays the government swaps into a holiday). Pure: dates in, answers out.
/// </summary>
public sealed class WorkingCalendar(IEnumerable<DateOnly> holidays)
{
    private readonly HashSet<DateOnly> _holidays = [.. holidays];

    public static WorkingCalendar WeekdaysOnly { get; } = new([]);

    public IReadOnlyCollection<DateOnly> Holidays => _holidays;

    public bool IsHoliday(DateOnly day) => _holidays.Contains(day);

    public bool IsWorkingDay(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(day);

    /// <summary>The day itself when it is a working day, else the next one: a deadline that falls on a day off moves to it.</summary>
    public DateOnly OnOrNextWorkingDay(DateOnly day)
    {
        while (!IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary>
    /// Working days after <paramref name="from"/> up to and including <paramref name="to"/>; negative, counting
    /// the same way, when <paramref name="to"/> is earlier. Today is not counted: on the deadline itself it is 0.
    /// </summary>
    public int WorkingDaysUntil(DateOnly from, DateOnly to)
    {
        var (start, end, sign) = to >= from ? (from, to, 1) : (to, from, -1);
        var count = 0;
        for (var day = start.AddDays(1); day <= end; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return sign * count;
    }
}
