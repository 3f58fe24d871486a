using System.Globalization;
using Par.Core.Periods;

namespace Par.Bot.Texts;

/// <summary>
/// The examples usage texts show, taken from the province's today so nobody copies a stale one: the last closed
/// month and quarter for periods, a week ahead for deadlines — never a date already past — and today for the
/// dates a file records.
/// </summary>
public sealed partial class Texts
{
    /// <summary>Every way a period may be typed, each shown with an example: what a refused period is answered with.</summary>
    private string PeriodForms(DateOnly today)
    {
        var (month, quarter) = (ExampleMonth(today), ExampleQuarter(today));
        return Say(
            Phrases.PeriodForms,
            Invariant($"{month.Number}/{month.Year}"),
            month.ToString(),
            Invariant($"{quarter.Number}/{quarter.Year}"),
            Invariant($"{RomanQuarters[quarter.Number - 1]}/{quarter.Year}"),
            quarter.ToString(),
            Invariant($"{quarter.Year}"));
    }

    private static Period ExampleMonth(DateOnly today) => Period.LastClosedMonth(today);

    private static Period ExampleQuarter(DateOnly today) => Period.QuarterOf(today).Previous();

    /// <summary>A deadline a week ahead, as <c>2026-11-22</c>, <c>22/11/2026</c> and <c>22/11</c>.</summary>
    private static (string Iso, string Day, string Short) ExampleDeadline(DateOnly today)
    {
        var day = today.AddDays(7);
        return (Iso(day), Day(day), day.ToString("dd/MM", CultureInfo.InvariantCulture));
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    internal static partial class Phrases
    {
        public static readonly Phrase PeriodForms = new("month monthIso quarter roman quarterIso year");
    }
}
