namespace Par.Core.Outbox;

/// <summary>
/// Reads Telegram HTML as Par writes it (text escaped, so '&lt;' always starts a tag and '&amp;' an entity) into
/// units that are never cut. Core cannot use Telegram.Bot's HTML helpers; its tests check the two measure alike, but
/// for a surrogate pair (an emoji), which Telegram counts as one and this as two: stricter, so a part it passes fits.
/// </summary>
internal static class HtmlTokens
{
    /// <summary>Longest entity read as one ("&amp;#x1F600;"); a longer run is plain text, as Telegram reads it.</summary>
    private const int MaxEntityLength = 10;

    public static IReadOnlyList<HtmlToken> Read(string html)
    {
        var tokens = new List<HtmlToken>(html.Length);
        for (var i = 0; i < html.Length;)
        {
            var token = At(html, i);
            tokens.Add(token);
            i += token.Length;
        }
        return tokens;
    }

    /// <summary>The tag's name: "pre" for "&lt;pre&gt;" and "&lt;/pre&gt;", "code" for "&lt;code class=…&gt;".</summary>
    public static string NameOf(string tag)
    {
        var start = tag.StartsWith("</", StringComparison.Ordinal) ? 2 : 1;
        var end = tag.IndexOfAny([' ', '>'], start);
        return tag[start..(end < 0 ? tag.Length : end)].ToLowerInvariant();
    }

    public static string CloseOf(string openingTag) => $"</{NameOf(openingTag)}>";

    private static HtmlToken At(string html, int i)
    {
        var c = html[i];
        if (c == '<' && html.IndexOf('>', i) is var close and >= 0)
            return new HtmlToken(i, close - i + 1, i + 1 < html.Length && html[i + 1] == '/' ? HtmlTokenKind.Close : HtmlTokenKind.Open, 0);
        if (c == '&' && EntityEnd(html, i) is var end and > 0)
            return new HtmlToken(i, end - i + 1, HtmlTokenKind.Text, 1);
        if (char.IsHighSurrogate(c) && i + 1 < html.Length && char.IsLowSurrogate(html[i + 1]))
            return new HtmlToken(i, 2, HtmlTokenKind.Text, 2);
        var kind = c switch
        {
            '\n' => HtmlTokenKind.Newline,
            ' ' => HtmlTokenKind.Space,
            _ => HtmlTokenKind.Text,
        };
        return new HtmlToken(i, 1, kind, 1);
    }

    /// <summary>The index of the ';' ending an entity that starts at <paramref name="i"/>, or -1.</summary>
    private static int EntityEnd(string html, int i)
    {
        for (var j = i + 1; j < html.Length && j - i <= MaxEntityLength; j++)
        {
            if (html[j] == ';')
                return j > i + 1 ? j : -1;
            if (!char.IsAsciiLetterOrDigit(html[j]) && html[j] != '#')
                return -1;
        }
        return -1;
    }
}
