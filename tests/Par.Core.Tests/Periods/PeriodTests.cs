using System.Globalization;
using Par.Core.Periods;

namespace Par.Core.Tests.Periods;

public sealed class PeriodTests
{
    [Theory]
    [InlineData("2025-04", "2025-04", PeriodKind.Month)]
    [InlineData("2025-4", "2025-04", PeriodKind.Month)]
    [InlineData("2025/04", "2025-04", PeriodKind.Month)]
    [InlineData("04/2025", "2025-04", PeriodKind.Month)]
    [InlineData("4/2025", "2025-04", PeriodKind.Month)]
    [InlineData("12-2025", "2025-12", PeriodKind.Month)]
    [InlineData(" 2025-04 ", "2025-04", PeriodKind.Month)]
    [InlineData("2025-Q1", "2025-Q1", PeriodKind.Quarter)]
    [InlineData("2025-q1", "2025-Q1", PeriodKind.Quarter)]
    [InlineData("Q1-2025", "2025-Q1", PeriodKind.Quarter)]
    [InlineData("Q1/2025", "2025-Q1", PeriodKind.Quarter)]
    [InlineData("Q4 2025", "2025-Q4", PeriodKind.Quarter)]
    [InlineData("2025  q2", "2025-Q2", PeriodKind.Quarter)]
    [InlineData("2025 - Q3", "2025-Q3", PeriodKind.Quarter)]
    [InlineData("2025", "2025", PeriodKind.Year)]
    [InlineData("2000", "2000", PeriodKind.Year)]
    [InlineData("2100-12", "2100-12", PeriodKind.Month)]
    [InlineData("tháng 11/2026", "2026-11", PeriodKind.Month)]
    [InlineData("Tháng 11 / 2026", "2026-11", PeriodKind.Month)]
    [InlineData("THÁNG 4-2026", "2026-04", PeriodKind.Month)]
    [InlineData("thang 11/2026", "2026-11", PeriodKind.Month)]
    [InlineData("tháng 11 năm 2026", "2026-11", PeriodKind.Month)]
    [InlineData("tháng11/2026", "2026-11", PeriodKind.Month)]
    [InlineData("11/2026", "2026-11", PeriodKind.Month)]
    [InlineData("2026 tháng 11", "2026-11", PeriodKind.Month)]
    [InlineData("quý 3/2026", "2026-Q3", PeriodKind.Quarter)]
    [InlineData("Quy 3/2026", "2026-Q3", PeriodKind.Quarter)]
    [InlineData("QUÝ 3 / 2026", "2026-Q3", PeriodKind.Quarter)]
    [InlineData("quý III/2026", "2026-Q3", PeriodKind.Quarter)]
    [InlineData("Quý iv - 2026", "2026-Q4", PeriodKind.Quarter)]
    [InlineData("quý I năm 2026", "2026-Q1", PeriodKind.Quarter)]
    [InlineData("quý 2 năm 2026", "2026-Q2", PeriodKind.Quarter)]
    [InlineData("quý3/2026", "2026-Q3", PeriodKind.Quarter)]
    [InlineData("Q3/2026", "2026-Q3", PeriodKind.Quarter)]
    [InlineData("q3 / 2026", "2026-Q3", PeriodKind.Quarter)]
    [InlineData("năm 2026", "2026", PeriodKind.Year)]
    [InlineData("NĂM 2026", "2026", PeriodKind.Year)]
    [InlineData("nam 2026", "2026", PeriodKind.Year)]
    public void TryParse_reads_months_quarters_and_years(string text, string canonical, PeriodKind kind)
    {
        Assert.True(Period.TryParse(text, out var period));

        Assert.Equal(canonical, period.ToString());
        Assert.Equal(kind, period.Kind);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("2025-13")]
    [InlineData("2025-00")]
    [InlineData("2025-004")]
    [InlineData("2025-Q0")]
    [InlineData("2025-Q5")]
    [InlineData("2025-Q")]
    [InlineData("2025-Q12")]
    [InlineData("Q1")]
    [InlineData("04")]
    [InlineData("25-04")]
    [InlineData("20251")]
    [InlineData("0000")]
    [InlineData("2025-04-01")]
    [InlineData("2025--04")]
    [InlineData("2025-Q1-2025")]
    [InlineData("2025 04 01")]
    [InlineData("2025-2026")]
    [InlineData("abcd")]
    [InlineData("2025-+4")]
    [InlineData("0000000000000000002025")]
    [InlineData("0001")]
    [InlineData("1999")]
    [InlineData("2101")]
    [InlineData("9999-12")]
    [InlineData("tháng 13/2026")]
    [InlineData("tháng 0/2026")]
    [InlineData("quý 5/2026")]
    [InlineData("quý 0/2026")]
    [InlineData("quý V/2026")]
    [InlineData("quý IIII/2026")]
    [InlineData("Q5/2026")]
    [InlineData("quý 3")]
    [InlineData("tháng 11")]
    [InlineData("năm")]
    [InlineData("năm 26")]
    [InlineData("năm 1850")]
    [InlineData("tháng 3/26")]
    [InlineData("tháng quý 3/2026")]
    [InlineData("quý 3 tháng 2026")]
    [InlineData("III/2026")]
    [InlineData("quý 3 // 2026")]
    [InlineData("tuần 3/2026")]
    [InlineData("tháng 11 năm 2026 và còn nhiều chữ nữa")]
    public void TryParse_refuses_anything_else(string? text)
    {
        Assert.False(Period.TryParse(text, out var period));
        Assert.Null(period);
    }

    [Theory]
    [InlineData("2025-01", "2024-12")]
    [InlineData("2025-04", "2025-03")]
    [InlineData("2025-12", "2025-11")]
    [InlineData("2025-Q1", "2024-Q4")]
    [InlineData("2025-Q3", "2025-Q2")]
    [InlineData("2025", "2024")]
    public void Previous_is_the_period_of_the_same_kind_before(string text, string previous)
    {
        Assert.Equal(previous, Parse(text).Previous().ToString());
    }

    [Theory]
    [InlineData("2025-04", "2025-04")]
    [InlineData("2025-Q1", "2025-01 2025-02 2025-03")]
    [InlineData("2025-Q4", "2025-10 2025-11 2025-12")]
    [InlineData("2025", "2025-01 2025-02 2025-03 2025-04 2025-05 2025-06 2025-07 2025-08 2025-09 2025-10 2025-11 2025-12")]
    public void Months_are_the_months_the_period_covers_in_order(string text, string months)
    {
        Assert.Equal(months, string.Join(' ', Parse(text).Months()));
    }

    [Fact]
    public void Previous_of_the_first_period_throws()
    {
        Assert.Throws<InvalidOperationException>(() => Period.ForMonth(Period.MinYear, 1).Previous());
        Assert.Throws<InvalidOperationException>(() => Period.ForQuarter(Period.MinYear, 1).Previous());
        Assert.Throws<InvalidOperationException>(() => Period.ForYear(Period.MinYear).Previous());
        Assert.Equal("0001", Period.ForYear(2).Previous().ToString());
    }

    [Theory]
    [InlineData("2025-02", "2025-02-01", "2025-02-28")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2025-04", "2025-04-01", "2025-04-30")]
    [InlineData("2025-Q1", "2025-01-01", "2025-03-31")]
    [InlineData("2025-Q2", "2025-04-01", "2025-06-30")]
    [InlineData("2025-Q4", "2025-10-01", "2025-12-31")]
    [InlineData("2025", "2025-01-01", "2025-12-31")]
    [InlineData("2100-12", "2100-12-01", "2100-12-31")]
    public void Start_and_End_are_the_first_and_last_days(string text, string start, string end)
    {
        var period = Parse(text);

        Assert.Equal(Date(start), period.Start);
        Assert.Equal(Date(end), period.End);
    }

    [Theory]
    [InlineData("2025-04", "2025-04-01", true)]
    [InlineData("2025-04", "2025-04-30", true)]
    [InlineData("2025-04", "2025-03-31", false)]
    [InlineData("2025-04", "2025-05-01", false)]
    [InlineData("2025-Q2", "2025-06-30", true)]
    [InlineData("2025-Q2", "2025-07-01", false)]
    [InlineData("2025", "2025-12-31", true)]
    [InlineData("2025", "2026-01-01", false)]
    public void Contains_includes_both_ends(string text, string date, bool expected)
    {
        Assert.Equal(expected, Parse(text).Contains(Date(date)));
    }

    [Theory]
    [InlineData("2025-01-01", "2025-01", "2025-Q1", "2025")]
    [InlineData("2025-03-31", "2025-03", "2025-Q1", "2025")]
    [InlineData("2025-04-01", "2025-04", "2025-Q2", "2025")]
    [InlineData("2025-06-15", "2025-06", "2025-Q2", "2025")]
    [InlineData("2025-07-01", "2025-07", "2025-Q3", "2025")]
    [InlineData("2025-09-30", "2025-09", "2025-Q3", "2025")]
    [InlineData("2025-10-01", "2025-10", "2025-Q4", "2025")]
    [InlineData("2025-12-31", "2025-12", "2025-Q4", "2025")]
    public void MonthOf_QuarterOf_and_YearOf_contain_the_date(string date, string month, string quarter, string year)
    {
        var day = Date(date);

        Assert.Equal(month, Period.MonthOf(day).ToString());
        Assert.Equal(quarter, Period.QuarterOf(day).ToString());
        Assert.Equal(year, Period.YearOf(day).ToString());
    }

    [Theory]
    [InlineData("2025-01-01", "2024-12")]
    [InlineData("2025-01-31", "2024-12")]
    [InlineData("2025-03-01", "2025-02")]
    [InlineData("2025-05-05", "2025-04")]
    [InlineData("2025-12-31", "2025-11")]
    public void LastClosedMonth_is_the_month_before_today(string today, string expected)
    {
        Assert.Equal(expected, Period.LastClosedMonth(Date(today)).ToString());
    }

    [Theory]
    [InlineData("2024-12", "2025-01", -1)]
    [InlineData("2025-01", "2025-Q1", -1)]
    [InlineData("2025-Q1", "2025", -1)]
    [InlineData("2025-Q1", "2025-02", -1)]
    [InlineData("2025-Q2", "2025-03", 1)]
    [InlineData("2024", "2025-01", -1)]
    [InlineData("2025-Q4", "2024", 1)]
    [InlineData("2025-Q1", "Q1/2025", 0)]
    public void Periods_order_by_start_then_length(string left, string right, int sign)
    {
        var (a, b) = (Parse(left), Parse(right));

        Assert.Equal(sign, Math.Sign(a.CompareTo(b)));
        Assert.Equal(sign < 0, a < b);
        Assert.Equal(sign > 0, a > b);
        Assert.Equal(sign <= 0, a <= b);
        Assert.Equal(sign >= 0, a >= b);
        Assert.Equal(sign == 0, a == b);
    }

    [Fact]
    public void Equal_periods_are_one_dictionary_key()
    {
        var figures = new Dictionary<Period, int> { [Period.ForMonth(2025, 4)] = 1 };

        Assert.Equal(1, figures[Parse("04/2025")]);
        Assert.NotEqual(Period.ForMonth(2025, 1), Period.ForQuarter(2025, 1));
    }

    [Theory]
    [InlineData(2025, 0)]
    [InlineData(2025, 13)]
    [InlineData(0, 1)]
    [InlineData(10000, 1)]
    public void ForMonth_refuses_months_out_of_range(int year, int month)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Period.ForMonth(year, month));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void ForQuarter_refuses_quarters_out_of_range(int quarter)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Period.ForQuarter(2025, quarter));
    }

    private static Period Parse(string text) =>
        Period.TryParse(text, out var period) ? period : throw new ArgumentException(text, nameof(text));

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
