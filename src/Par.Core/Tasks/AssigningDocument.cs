using System.Globalization;

namespace Par.Core.Tasks;

/// <summary>
/// The document a task comes from, as an office cites it: "Thông báo 125/TB-UBND ngày 03/11/2026 của UBND tỉnh" —
/// its number, date and issuer. Typed (and in files) as <c>125/TB-UBND 03/11/2026 UBND tỉnh</c>: the number, then an
/// optional date, then the issuer.
/// </summary>
public sealed record AssigningDocument(string Number, DateOnly? Date, string? Issuer)
{
    public const int MaxLength = 200;
    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    /// <summary>False when the text is blank or longer than <see cref="MaxLength"/>.</summary>
    public static bool TryParse(string? text, out AssigningDocument? document)
    {
        document = null;
        var trimmed = (text ?? "").Trim();
        var words = trimmed.Split((char[])[' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || trimmed.Length > MaxLength)
            return false;
        DateOnly? date = words.Length > 1 && DateOnly.TryParseExact(words[1], DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;
        var issuer = string.Join(' ', words.Skip(date is null ? 1 : 2));
        document = new AssigningDocument(words[0], date, issuer.Length > 0 ? issuer : null);
        return true;
    }

    /// <summary>Whether this is the document <paramref name="number"/> names, as people type it (any case).</summary>
    public bool Is(string number) => string.Equals(Number, number.Trim(), StringComparison.OrdinalIgnoreCase);
}
