using System.Globalization;

namespace Par.Core;

/// <summary>How Core renders numbers for a user's language: Vietnamese unless the language is English.</summary>
internal static class DisplayLanguage
{
    private static readonly NumberFormatInfo Vietnamese = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "." };

    public static bool IsEnglish(string? language) =>
        language is not null && language.StartsWith("en", StringComparison.OrdinalIgnoreCase);

    /// <summary>Up to two decimals, no grouping, so a displayed figure can be pasted back into a report.</summary>
    public static string Number(decimal value, string? language) =>
        value.ToString("0.##", IsEnglish(language) ? NumberFormatInfo.InvariantInfo : Vietnamese);
}
