using Par.Core.Periods;

namespace Par.Bot.Texts;

public sealed partial class Texts
{
    public string FromMonthsMark => Say(Phrases.FromMonthsMark);

    public string FromMonthsFootnote(Period period) => Say(Phrases.FromMonthsFootnote, FromMonthsMark, PeriodName(period));

    /// <summary>
    /// Says, in <c>/rank</c>, that the unit had no report for the quarter or year and which months it was ranked on:
    /// <c>tháng 1, 3/2025</c> in Vietnamese, <c>Jan, Mar 2025</c> in English; the phrasebook picks number or name.
    /// </summary>
    private string FiguresFromMonths(Period period, IReadOnlyList<Period> months) => Say(
        Phrases.FiguresFromMonths,
        PeriodName(period),
        string.Join(", ", months.Select(month => Say(
            Phrases.FiguresFromMonth, month.Number, language.Culture.DateTimeFormat.GetAbbreviatedMonthName(month.Number)))),
        period.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));

    internal static partial class Phrases
    {
        public static readonly Phrase FiguresFromMonths = new("period months year");
        public static readonly Phrase FiguresFromMonth = new("number name");
        public static readonly Phrase FromMonthsMark = new();
        public static readonly Phrase FromMonthsFootnote = new("mark period");
    }
}
