using System.Text.RegularExpressions;

namespace Par.Core.Tabular;

/// <summary>
/// Keeps text we write into CSV/XLSX from being run as a formula when an official opens the file
/// (CSV/formula injection): such cells get a leading apostrophe, which spreadsheets show as text.
/// </summary>
public static partial class CellSanitizer
{
    public static string ForExport(string? value)
    {
        if (string.IsNullOrEmpty(value) || !StartsLikeFormula(value[0]) || NegativeNumber().IsMatch(value))
        {
            return value ?? "";
        }

        return "'" + value;
    }

    private static bool StartsLikeFormula(char first) => first is '=' or '+' or '-' or '@' or '\t' or '\r';

    [GeneratedRegex(@"^-[0-9]+([.,][0-9]+)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex NegativeNumber();
}
