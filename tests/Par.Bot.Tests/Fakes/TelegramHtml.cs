using System.Globalization;
using System.Text;

namespace Par.Bot.Tests.Fakes;

/// <summary>Telegram's HTML parse mode, strict where Telegram is (so unescaped '&lt;' fails here as it does there),
/// modelled on tdlib's parse_html; entities are not computed, only the plain text.</summary>
internal static class TelegramHtml
{
    private static readonly HashSet<string> SupportedTags =
    [
        "a", "b", "strong", "i", "em", "s", "strike", "del", "u", "ins", "tg-spoiler", "tg-emoji", "span", "pre",
        "code", "blockquote",
    ];

    /// <summary>The text a person sees; throws Telegram's "can't parse entities" error for invalid markup.</summary>
    public static string ToPlainText(string html)
    {
        var plain = new StringBuilder(html.Length);
        var open = new Stack<string>();
        var i = 0;
        while (i < html.Length)
        {
            if (html[i] == '&' && TryDecodeEntity(html, ref i, plain))
                continue;
            if (html[i] != '<')
            {
                plain.Append(html[i++]);
                continue;
            }
            var tagStart = i++;
            if (i < html.Length && html[i] == '/')
                CloseTag(html, ref i, tagStart, open);
            else
                open.Push(OpenTag(html, ref i, tagStart));
        }
        return open.Count == 0
            ? plain.ToString()
            : throw Error($"Can't find end tag corresponding to start tag \"{open.Peek()}\"");
    }

    private static string OpenTag(string html, ref int i, int tagStart)
    {
        var nameStart = i;
        while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] != '>')
            i++;
        if (i >= html.Length)
            throw Error($"Unclosed start tag at byte offset {ByteOffset(html, tagStart)}");
        var name = html[nameStart..i].ToLowerInvariant();
        if (!SupportedTags.Contains(name))
            throw Error($"Unsupported start tag \"{name}\" at byte offset {ByteOffset(html, tagStart)}");
        var tagEnd = FindTagEnd(html, i, tagStart);
        var attributes = html[i..tagEnd];
        i = tagEnd + 1;
        if (name == "span" && !attributes.Contains("tg-spoiler", StringComparison.Ordinal))
            throw Error($"Tag \"span\" must have class \"tg-spoiler\" at byte offset {ByteOffset(html, tagStart)}");
        return name;
    }

    /// <summary>The index of the '&gt;' closing a start tag, skipping quoted attribute values.</summary>
    private static int FindTagEnd(string html, int from, int tagStart)
    {
        char? quote = null;
        for (var i = from; i < html.Length; i++)
        {
            if (quote is null && html[i] == '>')
                return i;
            if (html[i] is '"' or '\'')
                quote = quote == html[i] ? null : quote ?? html[i];
        }
        throw Error($"Unclosed start tag at byte offset {ByteOffset(html, tagStart)}");
    }

    private static void CloseTag(string html, ref int i, int tagStart, Stack<string> open)
    {
        if (open.Count == 0)
            throw Error($"Unexpected end tag at byte offset {ByteOffset(html, tagStart)}");
        var nameStart = ++i;
        while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] != '>')
            i++;
        var name = html[nameStart..i];
        while (i < html.Length && char.IsWhiteSpace(html[i]))
            i++;
        if (i >= html.Length || html[i] != '>')
            throw Error($"Unclosed end tag at byte offset {ByteOffset(html, tagStart)}");
        i++;
        var expected = open.Pop();
        if (name.Length > 0 && name != expected)
            throw Error($"Unmatched end tag at byte offset {ByteOffset(html, tagStart)}, expected \"</{expected}>\", found \"</{name}>\"");
    }

    /// <summary>Telegram decodes &amp;lt; &amp;gt; &amp;amp; &amp;quot; and numeric entities; any other '&amp;' stays literal.</summary>
    private static bool TryDecodeEntity(string html, ref int i, StringBuilder plain)
    {
        var end = html.IndexOf(';', i);
        if (end < 0 || end - i > 10)
            return false;
        var name = html[(i + 1)..end];
        string? decoded = name switch
        {
            "lt" => "<",
            "gt" => ">",
            "amp" => "&",
            "quot" => "\"",
            ['#', 'x' or 'X', .. var hex] when int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code) => FromCode(code),
            ['#', .. var digits] when int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var code) => FromCode(code),
            _ => null,
        };
        if (decoded is null)
            return false;
        plain.Append(decoded);
        i = end + 1;
        return true;
    }

    private static string? FromCode(int code) => code is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF) ? char.ConvertFromUtf32(code) : null;

    private static int ByteOffset(string html, int index) => Encoding.UTF8.GetByteCount(html.AsSpan(0, index));

    private static FakeApiException Error(string reason) => FakeApiException.BadRequest($"can't parse entities: {reason}");
}
