using System.Text.RegularExpressions;

namespace Par.Bot.Handlers.Tasks;

/// <summary>
/// Splits the one-line form after <c>/tasks new</c>: <c>SNV+STP,SKHĐT 20/05/2025 17:00 Rà soát 15 TTHC | Báo cáo kết quả</c>
/// — the lead unit and any coordinating units after a <c>+</c> (comma separated), the deadline (a date and an optional
/// time), the content, and after a <c>|</c> the expected result.
/// </summary>
public static partial class NewTaskLine
{
    public static bool TryParse(string text, out NewTaskLineParts parts)
    {
        var rest = text.AsSpan().Trim();
        var units = NextToken(ref rest);
        SplitDeadline(rest.ToString(), out var deadline, out var body);
        var bar = body.IndexOf('|', StringComparison.Ordinal);
        var (description, expected) = bar < 0 ? (body, null) : (body[..bar].Trim(), body[(bar + 1)..].Trim());
        var plus = units.IndexOf('+', StringComparison.Ordinal);
        var lead = plus < 0 ? units : units[..plus];
        string[] coordinators = plus < 0 ? [] : units[(plus + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        parts = new NewTaskLineParts(lead, coordinators, deadline, description, string.IsNullOrEmpty(expected) ? null : expected);
        return lead.Length > 0 && deadline.Length > 0;
    }

    /// <summary>A deadline (a date and an optional time) at the start of <paramref name="text"/>, and the rest as written.</summary>
    public static void SplitDeadline(string text, out string deadline, out string rest)
    {
        var span = text.AsSpan().Trim();
        deadline = NextToken(ref span);
        var afterDate = span;
        var time = NextToken(ref span);
        if (TimeOfDay().IsMatch(time))
            deadline += " " + time;
        else
            span = afterDate;
        rest = span.Trim().ToString();
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
