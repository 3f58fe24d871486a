using System.Text.RegularExpressions;
using Par.Core.Periods;

namespace Par.Bot.Handlers.Ranking;

/// <summary>
/// The arguments of /report split as <c>[UNIT] [PERIOD] CODE=VALUE …</c>: up to two leading parts without <c>=</c>
/// (the words of a period — <c>2026-10</c>, <c>quý 3/2026</c> — are the period, another word the unit), the rest is the
/// values as typed.
/// </summary>
public sealed partial record ReportLine(string? Unit, string? PeriodText, string Values)
{
    public static ReportLine Parse(string args)
    {
        var found = Word().Matches(args);
        var words = found.Select(m => m.Value).ToList();
        string? unit = null;
        string? period = null;
        var next = 0;
        while (next < words.Count && period is null && !words[next].Contains('='))
        {
            var count = PeriodWords.Count(words, next);
            if (count > 0)
            {
                period = args[found[next].Index..(found[next + count - 1].Index + found[next + count - 1].Length)];
                next += count;
            }
            else if (unit is null)
            {
                unit = words[next++];
            }
            else
            {
                break;
            }
        }

        return new ReportLine(unit, period, next < words.Count ? args[found[next].Index..].TrimEnd() : "");
    }

    [GeneratedRegex(@"\S+")]
    private static partial Regex Word();
}
