namespace Par.Bot.Telegram;

/// <summary>Splits "/Rank@par_bot SNV 2025-Q1" into ("rank", "SNV 2025-Q1").</summary>
public static class CommandLine
{
    public static (string Command, string Args) Parse(string text)
    {
        if (text.Length < 2 || text[0] != '/')
            return ("", "");
        var end = text.IndexOfAny([' ', '\n', '\t']);
        var token = end < 0 ? text[1..] : text[1..end];
        var at = token.IndexOf('@');
        if (at >= 0)
            token = token[..at];
        var args = end < 0 ? "" : text[(end + 1)..].Trim();
        return (token.ToLowerInvariant(), args);
    }

    /// <summary>Splits arguments at spaces, keeping "quoted text" (straight or curly quotes) as one token.</summary>
    public static IReadOnlyList<string> Tokens(string args)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < args.Length)
        {
            if (char.IsWhiteSpace(args[i]))
            {
                i++;
                continue;
            }
            if (args[i] is '"' or '\u201C')
            {
                var close = args.IndexOfAny(['"', '\u201D'], i + 1);
                var end = close < 0 ? args.Length : close;
                tokens.Add(args[(i + 1)..end].Trim());
                i = end + 1;
                continue;
            }
            var stop = i;
            while (stop < args.Length && !char.IsWhiteSpace(args[stop]))
                stop++;
            tokens.Add(args[i..stop]);
            i = stop;
        }
        return tokens;
    }
}
