using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Par.Core.Periods;

/// <summary>A reporting period: a month (<c>2025-04</c>), a quarter (<c>2025-Q1</c>) or a year (<c>2025</c>).</summary>
/// <remarks>
/// Periods order by their first day, and a shorter period before a longer one starting the same day
/// (2025-01 &lt; 2025-Q1 &lt; 2025), so the order agrees with equality across kinds.
/// </remarks>
public sealed record Period : IComparable<Period>
{
    public const int MinYear = 1;
    public const int MaxYear = 9999;

    private Period(PeriodKind kind, int year, int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, MaxYear);
        Kind = kind;
        Year = year;
        Number = number;
    }

    public PeriodKind Kind { get; }

    public int Year { get; }

    /// <summary>The month (1–12) or the quarter (1–4); 0 for a year.</summary>
    public int Number { get; }

    public DateOnly Start => new(Year, FirstMonth, 1);

    /// <summary>The period's last day (inclusive).</summary>
    public DateOnly End => new(Year, LastMonth, DateTime.DaysInMonth(Year, LastMonth));

    private int FirstMonth => Kind switch
    {
        PeriodKind.Month => Number,
        PeriodKind.Quarter => (Number * 3) - 2,
        _ => 1,
    };

    private int LastMonth => Kind switch
    {
        PeriodKind.Month => Number,
        PeriodKind.Quarter => Number * 3,
        _ => 12,
    };

    public static Period ForMonth(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return new Period(PeriodKind.Month, year, month);
    }

    public static Period ForQuarter(int year, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        return new Period(PeriodKind.Quarter, year, quarter);
    }

    public static Period ForYear(int year) => new(PeriodKind.Year, year, 0);

    public static Period MonthOf(DateOnly date) => ForMonth(date.Year, date.Month);

    public static Period QuarterOf(DateOnly date) => ForQuarter(date.Year, ((date.Month - 1) / 3) + 1);

    public static Period YearOf(DateOnly date) => ForYear(date.Year);

    /// <summary>The latest month that has ended by <paramref name="today"/>: the one before today's.</summary>
    public static Period LastClosedMonth(DateOnly today) => MonthOf(today).Previous();

    /// <summary>
    /// Reads what people type: the canonical <c>2026-11</c>, <c>2026-Q3</c>, <c>2026</c>; <c>11/2026</c>, <c>tháng 11/2026</c>,
    /// <c>tháng 11 năm 2026</c>; <c>Q3/2026</c>, <c>quý 3/2026</c>, <c>quý III/2026</c>; <c>năm 2026</c>. Case and Vietnamese marks
    /// do not matter, either part may come first, and the separator is <c>-</c>, <c>/</c> or blanks. Years outside
    /// 2000–2100 are refused as typos.
    /// </summary>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out Period? period)
    {
        period = PeriodParser.Parse(text);
        return period is not null;
    }

    /// <summary>The period of the same kind just before this one.</summary>
    /// <exception cref="InvalidOperationException">This is the first period of <see cref="MinYear"/>.</exception>
    public Period Previous()
    {
        var first = Kind == PeriodKind.Year || Number == 1;
        if (first && Year == MinYear)
        {
            throw new InvalidOperationException($"{this} has no previous period.");
        }

        return Kind switch
        {
            PeriodKind.Month => first ? ForMonth(Year - 1, 12) : ForMonth(Year, Number - 1),
            PeriodKind.Quarter => first ? ForQuarter(Year - 1, 4) : ForQuarter(Year, Number - 1),
            _ => ForYear(Year - 1),
        };
    }

    /// <summary>The months the period covers, first to last: itself for a month, three for a quarter, twelve for a year.</summary>
    public IReadOnlyList<Period> Months() =>
        [.. Enumerable.Range(FirstMonth, LastMonth - FirstMonth + 1).Select(month => ForMonth(Year, month))];

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    public int CompareTo(Period? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : End.CompareTo(other.End);
    }

    /// <summary>The canonical form: <c>2025-04</c>, <c>2025-Q1</c> or <c>2025</c>.</summary>
    public override string ToString() => Kind switch
    {
        PeriodKind.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Number:D2}"),
        PeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-Q{Number}"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    public static bool operator <(Period left, Period right) => left.CompareTo(right) < 0;

    public static bool operator >(Period left, Period right) => left.CompareTo(right) > 0;

    public static bool operator <=(Period left, Period right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Period left, Period right) => left.CompareTo(right) >= 0;
}
