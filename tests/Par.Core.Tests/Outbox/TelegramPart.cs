using System.Text.RegularExpressions;

namespace Par.Core.Tests.Outbox;

/// <summary>
/// Checks a part of a split message the way Telegram would take it, without the splitter's own reader: every '&lt;'
/// closes, tags close in the order they opened, every '&amp;' starts an entity, there is something to see, and the
/// part starts neither inside a surrogate pair nor with a lone accent.
/// </summary>
internal static partial class TelegramPart
{
    public static void AssertValid(string part, int limit)
    {
        var plain = Plain(part);
        Assert.InRange(plain.Length, 1, limit);
        Assert.False(string.IsNullOrWhiteSpace(plain), $"a part with nothing to see: {part}");
        var open = new Stack<string>();
        foreach (Match tag in Tag().Matches(part))
        {
            if (tag.Groups["close"].Success)
                Assert.Equal(open.Pop(), tag.Groups["name"].Value);
            else
                open.Push(tag.Groups["name"].Value);
        }
        Assert.Empty(open);
        var text = Tag().Replace(part, "");
        Assert.DoesNotContain('<', text);
        Assert.DoesNotContain('&', Entity().Replace(text, ""));
        Assert.False(char.IsLowSurrogate(plain[0]), "a part must not start inside a surrogate pair");
        Assert.False(char.IsHighSurrogate(plain[^1]), "a part must not end inside a surrogate pair");
        Assert.NotEqual(System.Globalization.UnicodeCategory.NonSpacingMark, char.GetUnicodeCategory(plain[0]));
    }

    /// <summary>The text a person sees.</summary>
    public static string Plain(string html) =>
        Tag().Replace(html, "").Replace("&lt;", "<").Replace("&gt;", ">").Replace("&quot;", "\"").Replace("&amp;", "&");

    [GeneratedRegex("<(?<close>/)?(?<name>[a-z-]+)[^<>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("&(lt|gt|quot|amp|#[0-9]+);")]
    private static partial Regex Entity();
}
