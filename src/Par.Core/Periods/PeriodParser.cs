using System.Globalization;
using System.Text;

namespace Par.Core.Periods;

/// <summary>
/// The grammar behind <see cref="Period.TryParse"/>. The text is read as words without regard to case or Vietnamese
/// marks (<c>QUÝ 3 / 2026</c> is <c>quy 3 / 2026</c>), split into runs of letters, runs of digits and the separators
/// <c>-</c> and <c>/</c>: a year alone (<c>năm</c> before it allowed), or a year with a month or a quarter on either
/// side, one separator (or <c>năm</c>) between them.
/// </summary>
internal static class PeriodParser
{
    /// <summary>The years a person means: anything else is a slip of the keyboard (<c>0226</c>, <c>2206</c>).</summary>
    public const int MinTypedYear = 2000;

    public const int MaxTypedYear = 2100;

    private const int MaxLength = 32;

    private static readonly string[] Romans = ["i", "ii", "iii", "iv"];

    public static Period? Parse(string? text)
    {
        if (text is null || text.Length > MaxLength || Words(text) is not { Length: > 0 } words)
        {
            return null;
        }

        if (words is [_] or ["nam", _])
        {
            return Year(words[^1]) is { } year ? Period.ForYear(year) : null;
        }

        if (Year(words[^1]) is { } last)
        {
            return PartOfYear(last, words[^2] is "-" or "/" or "nam" ? words[..^2] : words[..^1]);
        }

        return Year(words[0]) is { } first ? PartOfYear(first, words[1] is "-" or "/" ? words[2..] : words[1..]) : null;
    }

    /// <summary><c>quý 3</c>, <c>quý III</c>, <c>Q3</c>, <c>tháng 11</c> or <c>11</c>, already split into words.</summary>
    private static Period? PartOfYear(int year, string[] part)
    {
        if (part is ["q" or "quy", _])
        {
            return Quarter(part[1]) is { } quarter ? Period.ForQuarter(year, quarter) : null;
        }

        var month = part is ["thang", _] ? part[1] : part is [_] ? part[0] : null;
        return month is not null && Month(month) is { } number ? Period.ForMonth(year, number) : null;
    }

    private static int? Quarter(string word) =>
        word is [>= '1' and <= '4'] ? word[0] - '0' : Array.IndexOf(Romans, word) is >= 0 and var at ? at + 1 : null;

    private static int? Month(string word) =>
        word.Length is 1 or 2 && IsNumber(word) && int.Parse(word, CultureInfo.InvariantCulture) is >= 1 and <= 12 and var month ? month : null;

    private static int? Year(string word) =>
        word.Length == 4 && IsNumber(word) && int.Parse(word, CultureInfo.InvariantCulture) is >= MinTypedYear and <= MaxTypedYear and var year
            ? year
            : null;

    private static bool IsNumber(string word) => !word.AsSpan().ContainsAnyExceptInRange('0', '9');

    /// <summary>The text in lower case without marks, as runs of letters, runs of digits and single separators; null for any other character.</summary>
    private static string[]? Words(string text)
    {
        var plain = Plain(text);
        var words = new List<string>();
        for (var i = 0; i < plain.Length;)
        {
            var start = i;
            if (char.IsWhiteSpace(plain[i]))
            {
                i++;
                continue;
            }

            if (plain[i] is '-' or '/')
            {
                i++;
            }
            else if (char.IsAsciiDigit(plain[i]))
            {
                while (i < plain.Length && char.IsAsciiDigit(plain[i]))
                {
                    i++;
                }
            }
            else if (char.IsAsciiLetterLower(plain[i]))
            {
                while (i < plain.Length && char.IsAsciiLetterLower(plain[i]))
                {
                    i++;
                }
            }
            else
            {
                return null;
            }

            words.Add(plain[start..i]);
        }

        return [.. words];
    }

    /// <summary>Lower case, Vietnamese marks dropped: <c>Quý</c> is <c>quy</c>, <c>THÁNG</c> is <c>thang</c>, <c>năm</c> is <c>nam</c>.</summary>
    internal static string Plain(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var plain = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                plain.Append(c == 'đ' ? 'd' : c);
            }
        }

        return plain.ToString();
    }
}
