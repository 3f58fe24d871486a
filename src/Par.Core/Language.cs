using System.Collections.Concurrent;
using System.Globalization;

namespace Par.Core;

/// <summary>
/// A language Par speaks: the code members store, and the culture that formats its numbers and Humanizer's words,
/// so one place decides <c>62,5</c> against <c>62.5</c>. One instance per code, so languages compare by reference.
/// </summary>
public sealed class Language
{
    private static readonly ConcurrentDictionary<string, Language> ByCode = new(StringComparer.OrdinalIgnoreCase);

    private Language(CultureInfo culture)
    {
        Code = culture.Name;
        Culture = culture;
    }

    /// <summary>Vietnamese, the bot's default: decimal comma, dot between thousands.</summary>
    public static Language Vi { get; } = Of("vi");

    public static Language En { get; } = Of("en");

    /// <summary>The code as members store it: <c>vi</c>, <c>en</c>.</summary>
    public string Code { get; }

    public CultureInfo Culture { get; }

    public NumberFormatInfo Numbers => Culture.NumberFormat;

    /// <exception cref="ArgumentException"><paramref name="code"/> is not a culture .NET knows.</exception>
    public static Language Of(string code) => ByCode.GetOrAdd(code, static c => new Language(CultureOf(c)));

    /// <summary>
    /// The one of <paramref name="languages"/> that <paramref name="code"/> names, exactly or by its language part
    /// (<c>en-US</c> is <c>en</c>); null when none does.
    /// </summary>
    public static Language? Find(string? code, IEnumerable<Language> languages)
    {
        if (string.IsNullOrWhiteSpace(code))
            return null;
        var primary = code.Split('-', '_')[0];
        var candidates = languages.ToList();
        return candidates.FirstOrDefault(l => l.Code.Equals(code, StringComparison.OrdinalIgnoreCase))
            ?? candidates.FirstOrDefault(l => l.Code.Equals(primary, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Up to two decimals, no grouping, so a displayed figure can be pasted back into a report: <c>70,81</c>, <c>100</c>.</summary>
    public string Number(decimal value) => value.ToString("0.##", Numbers);

    /// <summary>
    /// A rate as every text shows it, the number then the sign with no space (<c>62,5%</c>, <c>62.5%</c>), as
    /// officials write it and as it is typed back into a report.
    /// </summary>
    public string Percent(decimal value) => Number(value) + "%";

    public override string ToString() => Code;


    private static CultureInfo CultureOf(string code)
    {
        try
        {
            return CultureInfo.GetCultureInfo(code, predefinedOnly: true);
        }
        catch (CultureNotFoundException e)
        {
            throw new ArgumentException($"'{code}' is not a language code .NET knows (such as 'vi' or 'en').", nameof(code), e);
        }
    }
}
