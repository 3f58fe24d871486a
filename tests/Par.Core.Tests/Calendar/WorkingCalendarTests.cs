using Par.Core.Calendar;

namespace Par.Core.Tests.Calendar;

public sealed class WorkingCalendarTests
{
    // Tết 2026: Saturday 14/02 to Sunday 22/02.
    private static readonly WorkingCalendar Tet2026 = new(Enumerable.Range(14, 9).Select(day => new DateOnly(2026, 2, day)));

    [Theory]
    [InlineData("2026-02-13", true)]
    [InlineData("2026-02-14", false)]
    [InlineData("2026-02-16", false)]
    [InlineData("2026-02-20", false)]
    [InlineData("2026-02-23", true)]
    [InlineData("2026-02-28", false)]
    public void Weekends_and_holidays_are_not_working_days(string day, bool working) =>
        Assert.Equal(working, Tet2026.IsWorkingDay(Day(day)));

    [Theory]
    [InlineData("2026-02-13", "2026-02-13")]
    [InlineData("2026-02-15", "2026-02-23")]
    [InlineData("2026-03-07", "2026-03-09")]
    public void A_deadline_on_a_day_off_moves_to_the_next_working_day(string day, string expected) =>
        Assert.Equal(Day(expected), Tet2026.OnOrNextWorkingDay(Day(day)));

    [Theory]
    [InlineData("2026-02-12", "2026-02-24", 3)] // Fri 13, Mon 23, Tue 24
    [InlineData("2026-02-24", "2026-02-24", 0)]
    [InlineData("2026-02-24", "2026-02-12", -3)]
    [InlineData("2026-03-02", "2026-03-06", 4)]
    public void Working_days_until_a_date_skip_weekends_and_holidays(string from, string to, int expected) =>
        Assert.Equal(expected, Tet2026.WorkingDaysUntil(Day(from), Day(to)));

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
