using System.Globalization;

namespace Par.Core.Outbox;

/// <summary>
/// Reads Telegram HTML as Par writes it (text escaped, so '&lt;' always starts a tag and '&amp;' an entity) into
/// units that are never cut: a tag, an entity, or a character together with the marks and joiners that belong to it
/// (a surrogate pair, "e" with its Vietnamese accents typed as combining marks, an emoji sequence). Core cannot use
/// Telegram.Bot's HTML helpers; its tests check the two measure alike, but for a surrogate pair (an emoji), which
/// Telegram counts as one and this as two: stricter, so a part it passes fits.
/// </summary>
internal static class HtmlTokens
{
    /// <summary>Longest entity read as one ("&amp;#x1F600;"); a longer run is plain text, as Telegram reads it.</summary>
    private const int MaxEntityLength = 10;

    /// <summary>
    /// Longest character-and-marks unit kept whole. Real ones are a few units long; "Zalgo" text stacks hundreds of
    /// marks on one letter, and a unit longer than a part could never be placed.
    /// </summary>
    private const int MaxClusterLength = 32;

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
        if (c is '\n' or ' ' or '\r')
            return new HtmlToken(i, 1, c == '\n' ? HtmlTokenKind.Newline : c == ' ' ? HtmlTokenKind.Space : HtmlTokenKind.Text, 1);
        var length = ClusterLength(html, i);
        return new HtmlToken(i, length, HtmlTokenKind.Text, length);
    }

    /// <summary>
    /// The length of the user-perceived character at <paramref name="i"/>: at most <see cref="MaxClusterLength"/>,
    /// ending before any markup, space or newline (a "prepended" mark such as U+0600 would otherwise swallow the
    /// '&lt;' after it), and never between the halves of a surrogate pair.
    /// </summary>
    private static int ClusterLength(string html, int i)
    {
        var cluster = html.AsSpan(i, Math.Min(StringInfo.GetNextTextElementLength(html.AsSpan(i)), MaxClusterLength + 1));
        var length = cluster.Length > 1 && cluster[1..].IndexOfAny("<& \n") is var stop and >= 0 ? stop + 1 : cluster.Length;
        if (length > MaxClusterLength)
            length = MaxClusterLength;
        return length < cluster.Length && char.IsHighSurrogate(cluster[length - 1]) && char.IsLowSurrogate(cluster[length]) ? length + 1 : length;
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
