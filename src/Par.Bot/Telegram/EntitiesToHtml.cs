using System.Globalization;
using System.Text;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Par.Bot.Telegram;

/// <summary>
/// Turns a received text and its entities back into Telegram HTML, so what an admin wrote in bold, italics,
/// code or with links arrives formatted the same, and every other character is escaped.
/// </summary>
/// <remarks>
/// Telegram counts offsets and lengths in UTF-16 code units, which is how .NET strings index, so they apply
/// unchanged (an emoji before an entity counts two). Entities that share characters nest; should two ever
/// overlap partially, the inner one is closed and reopened around the boundary so the HTML stays valid.
/// Mentions, hashtags, plain URLs and the like are left as text: Telegram recognises them again.
/// </remarks>
public static class EntitiesToHtml
{
    public static string Convert(string text, IEnumerable<MessageEntity>? entities)
    {
        var kept = (entities ?? [])
            .Select(e => (Entity: e, Start: Math.Clamp(e.Offset, 0, text.Length), End: Math.Clamp(e.Offset + e.Length, 0, text.Length)))
            .Where(e => e.End > e.Start && Open(e.Entity) is not null)
            .Select(e => new Span(e.Entity, e.Start, e.End))
            .OrderBy(e => e.Start).ThenByDescending(e => e.End)
            .ToList();
        var html = new StringBuilder(text.Length + 16 * kept.Count);
        var open = new List<Span>();
        var next = 0;
        var position = 0;
        foreach (var boundary in kept.SelectMany(e => new[] { e.Start, e.End }).Append(text.Length).Distinct().Order())
        {
            html.Append(Html.E(text[position..boundary]));
            position = boundary;
            CloseAt(boundary, open, html);
            for (; next < kept.Count && kept[next].Start == boundary; next++)
            {
                open.Add(kept[next]);
                html.Append(Open(kept[next].Entity));
            }
        }
        return html.ToString();
    }

    /// <summary>Closes every open entity ending here, reopening any inner one that goes on past it.</summary>
    private static void CloseAt(int boundary, List<Span> open, StringBuilder html)
    {
        var reopen = new Stack<Span>();
        while (open.Any(e => e.End <= boundary))
        {
            var innermost = open[^1];
            open.RemoveAt(open.Count - 1);
            html.Append(Close(innermost.Entity));
            if (innermost.End > boundary)
                reopen.Push(innermost);
        }
        foreach (var span in reopen)
        {
            open.Add(span);
            html.Append(Open(span.Entity));
        }
    }

    private static string? Open(MessageEntity entity) => entity.Type switch
    {
        MessageEntityType.Bold => "<b>",
        MessageEntityType.Italic => "<i>",
        MessageEntityType.Underline => "<u>",
        MessageEntityType.Strikethrough => "<s>",
        MessageEntityType.Spoiler => "<tg-spoiler>",
        MessageEntityType.Code => "<code>",
        MessageEntityType.Pre when string.IsNullOrEmpty(entity.Language) => "<pre>",
        MessageEntityType.Pre => $"<pre><code class=\"language-{Html.E(entity.Language)}\">",
        MessageEntityType.TextLink when !string.IsNullOrEmpty(entity.Url) => $"<a href=\"{Html.E(entity.Url)}\">",
        MessageEntityType.TextMention when entity.User is { } user => $"<a href=\"tg://user?id={user.Id.ToString(CultureInfo.InvariantCulture)}\">",
        MessageEntityType.Blockquote => "<blockquote>",
        MessageEntityType.ExpandableBlockquote => "<blockquote expandable>",
        _ => null,
    };

    private static string Close(MessageEntity entity) => entity.Type switch
    {
        MessageEntityType.Bold => "</b>",
        MessageEntityType.Italic => "</i>",
        MessageEntityType.Underline => "</u>",
        MessageEntityType.Strikethrough => "</s>",
        MessageEntityType.Spoiler => "</tg-spoiler>",
        MessageEntityType.Code => "</code>",
        MessageEntityType.Pre when string.IsNullOrEmpty(entity.Language) => "</pre>",
        MessageEntityType.Pre => "</code></pre>",
        MessageEntityType.TextLink or MessageEntityType.TextMention => "</a>",
        _ => "</blockquote>",
    };

    private sealed record Span(MessageEntity Entity, int Start, int End);
}
