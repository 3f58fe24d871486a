namespace Par.Core.Periods;

/// <summary>
/// Finds a period among the words of a command, where it may take several (<c>/report SNV quý 3 / 2026 ONTIME=…</c>):
/// a period starts with a digit, with <c>Q</c> and a digit, or with <c>quý</c>, <c>tháng</c> or <c>năm</c>; unit codes and
/// groups start with a letter and are none of these.
/// </summary>
public static class PeriodWords
{
    /// <summary>The longest period people write: <c>tháng 11 năm 2026</c>, <c>QUÝ 3 / 2026</c>.</summary>
    private const int MaxWords = 4;

    private static readonly string[] Keywords = ["quy", "thang", "nam"];

    /// <summary>
    /// How many words from <paramref name="start"/> are meant as a period: the most that read as one, else — for a
    /// period mistyped (<c>quý 5/2026</c>, <c>2026-13</c>) — the first word with the numbers after it, so that the caller
    /// can refuse what was typed; 0 when the word at <paramref name="start"/> does not start a period.
    /// </summary>
    public static int Count(IReadOnlyList<string> words, int start)
    {
        if (start >= words.Count || !Starts(PeriodParser.Plain(words[start])))
        {
            return 0;
        }

        var most = Math.Min(MaxWords, words.Count - start);
        for (var count = most; count > 0; count--)
        {
            if (Period.TryParse(string.Join(' ', words.Skip(start).Take(count)), out _))
            {
                return count;
            }
        }

        var typed = 1;
        while (typed < most && Continues(PeriodParser.Plain(words[start + typed])))
        {
            typed++;
        }

        return typed;
    }

    private static bool Starts(string word) =>
        word is [>= '0' and <= '9', ..] or ['q', >= '0' and <= '9', ..]
        || Keywords.Any(keyword => word.StartsWith(keyword, StringComparison.Ordinal) && word[keyword.Length..] is "" or [>= '0' and <= '9', ..]);

    /// <summary>Numbers, separators, Roman quarters and <c>năm</c>: what follows the first word of a period.</summary>
    private static bool Continues(string word) => word == "nam" || word.All(c => char.IsAsciiDigit(c) || c is '/' or '-' or 'i' or 'v' or 'q');
}
