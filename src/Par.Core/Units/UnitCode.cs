using System.Text.RegularExpressions;

namespace Par.Core.Units;

/// <summary>Unit codes are short Latin identifiers: SNV, XA-SONGCAU, or the portal's own code H44.07.</summary>
public static partial class UnitCode
{
    public const int MaxLength = 32;

    public static bool IsValid(string? code) => code is not null && Pattern().IsMatch(code);

    public static string Normalize(string code) => code.Trim().ToUpperInvariant();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9._-]{0,31}$")]
    private static partial Regex Pattern();
}
