using System.Text;

namespace Par.Core.Outbox;

/// <summary>
/// Splits a long Telegram HTML text into parts that each fit Telegram's limit, which counts the text after the markup is
/// parsed: tags count nothing, an entity such as &amp;amp; counts one. Parts end at line boundaries, a line longer than
/// a part at a space; never inside a tag, an entity, a surrogate pair or a letter and its accents. Elements open at a
/// cut (pre, blockquote, code, b, a href …) are closed at the end of the part and reopened, attributes and all, at the
/// start of the next, so every part is balanced HTML that Telegram accepts. A part with nothing to see (only
/// whitespace and tags) is not made: Telegram refuses an empty message.
/// </summary>
public static class MessageSplitter
{
    public const int TelegramLimit = 4096;
    public const int CaptionLimit = 1024;

    /// <summary>The length Telegram measures, or a little more: the text without tags, an entity one, an emoji two (UTF-16 units).</summary>
    public static int PlainLength(string html) => HtmlTokens.Read(html).Sum(t => t.Plain);

    public static IReadOnlyList<string> Split(string html, int limit = TelegramLimit)
    {
        // Tags and entities only ever add to the raw length, so a raw text within the limit fits as it is.
        if (html.Length <= limit)
            return [html];
        var tokens = HtmlTokens.Read(html);
        if (tokens.Sum(t => t.Plain) <= limit)
            return [html];
        var parts = new List<string>();
        var open = new List<string>();
        for (var start = 0; start < tokens.Count;)
        {
            var (end, next) = Cut(tokens, start, limit);
            var part = new StringBuilder();
            open.ForEach(tag => part.Append(tag));
            var visible = false;
            for (var i = start; i < end; i++)
            {
                part.Append(tokens[i].Text(html));
                Track(tokens[i], html, open);
                visible |= tokens[i].Kind == HtmlTokenKind.Text;
            }
            for (var i = open.Count - 1; i >= 0; i--)
                part.Append(HtmlTokens.CloseOf(open[i]));
            if (visible)
                parts.Add(part.ToString());
            start = next;
        }
        return parts;
    }

    /// <summary>
    /// Where the part from <paramref name="start"/> ends and where the next begins: after the last line that fits and
    /// shows something (the newline between them is dropped), else before the last space past half the part, else
    /// where the limit falls.
    /// </summary>
    private static (int End, int Next) Cut(IReadOnlyList<HtmlToken> tokens, int start, int limit)
    {
        var fits = start;
        var plain = 0;
        var spaceAt = -1;
        var firstText = -1;
        while (fits < tokens.Count && plain + tokens[fits].Plain <= limit)
        {
            if (tokens[fits].Kind == HtmlTokenKind.Space && plain > limit / 2)
                spaceAt = fits;
            if (tokens[fits].Kind == HtmlTokenKind.Text && firstText < 0)
                firstText = fits;
            plain += tokens[fits++].Plain;
        }
        if (fits == tokens.Count)
            return (fits, fits);
        for (var k = fits; k > firstText && firstText >= 0; k--)
        {
            if (tokens[k].Kind == HtmlTokenKind.Newline)
                return (k, k + 1);
        }
        var end = spaceAt > start ? spaceAt : Math.Max(fits, start + 1);
        // A tag opened just before the cut belongs with the text it opens.
        while (end > start + 1 && tokens[end - 1].Kind == HtmlTokenKind.Open)
            end--;
        return (end, end);
    }

    /// <summary>Keeps the opening tags in effect, outermost first.</summary>
    private static void Track(HtmlToken token, string html, List<string> open)
    {
        if (token.Kind == HtmlTokenKind.Open)
        {
            open.Add(token.Text(html));
        }
        else if (token.Kind == HtmlTokenKind.Close)
        {
            var name = HtmlTokens.NameOf(token.Text(html));
            var index = open.FindLastIndex(tag => HtmlTokens.NameOf(tag) == name);
            if (index >= 0)
                open.RemoveAt(index);
        }
    }
}
