using System.Text.RegularExpressions;

namespace Par.Core.Tabular;

/// <summary>
/// Keeps text we write into a CSV from being run as a formula when an official opens the file (CSV injection): a
/// cell that starts like a formula gets a leading apostrophe, which spreadsheets take as "this is text". Full-width
/// signs count too (＝ ＋ － ＠): Excel with an East Asian input method reads them as the ASCII ones. XLSX needs no
/// guard: MiniExcel writes a text value as a string cell (<c>t="str"</c>, no <c>&lt;f&gt;</c>), which no spreadsheet
/// evaluates, so there the apostrophe would only show.
/// </summary>
public static partial class CellSanitizer
{
    public static string ForCsv(string? value)
    {
        if (string.IsNullOrEmpty(value) || !StartsLikeFormula(value[0]) || NegativeNumber().IsMatch(value))
        {
            return value ?? "";
        }

        return "'" + value;
    }

    private static bool StartsLikeFormula(char first) => first is '=' or '+' or '-' or '@' or '\t' or '\r' or '＝' or '＋' or '－' or '＠';

    [GeneratedRegex(@"^-[0-9]+([.,][0-9]+)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex NegativeNumber();
}
