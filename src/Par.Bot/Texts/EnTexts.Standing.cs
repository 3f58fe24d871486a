using System.Globalization;
using Par.Core.Periods;

namespace Par.Bot.Texts;

public sealed partial class EnTexts
{
    public string PlaceAmongReporters(int place, int reporters, int groupSize) =>
        $"rank <b>{place}/{reporters}</b> units that reported, {groupSize} in the group";

    public string FiguresFromMonths(Period period, IReadOnlyList<Period> months) =>
        $"ℹ️ The unit has no report for {period.Display("en")}, so its figures are derived from its reports for " +
        $"{string.Join(", ", months.Select(month => CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(month.Number)))} " +
        $"{period.Year.ToString(CultureInfo.InvariantCulture)} (numerators and denominators summed, percents averaged).";

    public string FromMonthsMark => "*";

    public string FromMonthsFootnote(Period period) =>
        $"{FromMonthsMark} No report for {period.Display("en")}: figures derived from the months' reports.";

    public string ExportReportersHeader => "Units that reported";

    public string ExportFromMonthsHeader => "Derived from months";
}
