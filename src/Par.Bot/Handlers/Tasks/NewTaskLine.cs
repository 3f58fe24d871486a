using System.Text.RegularExpressions;

namespace Par.Bot.Handlers.Tasks;

/// <summary>
/// Splits the one-line form after <c>/tasks new</c>: <c>SNV 2025-05-20 Rà soát 15 TTHC</c> or
/// <c>SNV 20/05/2025 17:00 Rà soát…</c> — the unit, the deadline (a date and an optional time) and the rest as written.
/// </summary>
public static partial class NewTaskLine
{
    public static bool TryParse(string text, out string unitCode, out string deadline, out string description)
    {
        var rest = text.AsSpan().Trim();
        unitCode = NextToken(ref rest);
        deadline = NextToken(ref rest);
        var afterDate = rest;
        var time = NextToken(ref rest);
        if (TimeOfDay().IsMatch(time))
            deadline += " " + time;
        else
            rest = afterDate;
        description = rest.Trim().ToString();
        return unitCode.Length > 0 && deadline.Length > 0;
    }

    private static string NextToken(ref ReadOnlySpan<char> rest)
    {
        rest = rest.TrimStart();
        var end = rest.IndexOfAny(' ', '\t', '\n');
        var token = end < 0 ? rest : rest[..end];
        rest = end < 0 ? [] : rest[end..];
        return token.ToString();
    }

    [GeneratedRegex(@"^\d{1,2}:\d{2}(:\d{2})?$")]
    private static partial Regex TimeOfDay();
}
