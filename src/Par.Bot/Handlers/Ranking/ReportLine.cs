namespace Par.Bot.Handlers.Ranking;

/// <summary>
/// The arguments of /report split as <c>[UNIT] [PERIOD] CODE=VALUE …</c>: up to two leading words without <c>=</c>
/// (a period-like word is the period, another word the unit), the rest is the values as typed.
/// </summary>
public sealed record ReportLine(string? Unit, string? PeriodText, string Values)
{
    public static ReportLine Parse(string args)
    {
        string? unit = null;
        string? period = null;
        var rest = args.Trim();
        while (rest.Length > 0 && period is null)
        {
            var end = rest.IndexOfAny([' ', '\t', '\n']);
            var word = end < 0 ? rest : rest[..end];
            if (word.Contains('='))
            {
                break;
            }

            if (RankingContext.IsPeriodLike(word))
            {
                period = word;
            }
            else if (unit is null)
            {
                unit = word;
            }
            else
            {
                break;
            }

            rest = end < 0 ? "" : rest[(end + 1)..].TrimStart();
        }

        return new ReportLine(unit, period, rest);
    }
}
