using System.Globalization;

namespace Par.Core.Tabular;

/// <summary>
/// The text of an XLSX cell value in invariant culture. Dates become ISO-8601 local times
/// (<c>yyyy-MM-ddTHH:mm:ss</c>), or just <c>yyyy-MM-dd</c> at midnight, so a date-only due date
/// keeps meaning "by the end of that day".
/// </summary>
internal static class CellText
{
    public static string From(object? value) => value switch
    {
        null => "",
        string text => text,
        DateTime date => FormatDate(date),
        double number => FormatNumber(number),
        bool flag => flag ? "TRUE" : "FALSE",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string FormatDate(DateTime date)
    {
        // Excel stores times as fractions of a day; 08:30 may come back as 08:29:59.999.
        var rounded = new DateTime((date.Ticks + (TimeSpan.TicksPerSecond / 2)) / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond);
        return rounded.TimeOfDay == TimeSpan.Zero
            ? rounded.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : rounded.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
    }

    // Decimal keeps "1000000" and "0.1" as people typed them, where double would print "1E+15".
    private static string FormatNumber(double number) =>
        double.IsFinite(number) && Math.Abs(number) < 7.9e28
            ? ((decimal)number).ToString(CultureInfo.InvariantCulture)
            : number.ToString(CultureInfo.InvariantCulture);
}
