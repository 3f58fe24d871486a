using System.Text.RegularExpressions;
using Par.Core.Outbox;

namespace Par.Core.Tests.Outbox;

public sealed partial class MessageSplitterTests
{
    [Theory]
    [InlineData(10, 10, 1)]
    [InlineData(4096, 1, 1)]
    [InlineData(100, 100, 3)]
    public void Text_is_split_at_line_boundaries_under_the_limit(int lineLength, int lines, int expectedParts)
    {
        var text = string.Join('\n', Enumerable.Repeat(new string('a', lineLength), lines));

        var parts = MessageSplitter.Split(text);

        Assert.Equal(expectedParts, parts.Count);
        Assert.Equal(text, string.Join('\n', parts));
    }

    [Fact]
    public void Single_long_line_is_cut_without_breaking_an_html_entity()
    {
        var text = new string('x', 4095) + "&amp;&lt;tail";

        var parts = MessageSplitter.Split(text);

        Assert.All(parts, p => Assert.True(MessageSplitter.PlainLength(p) <= MessageSplitter.TelegramLimit));
        Assert.EndsWith("&amp;", parts[0]);
        Assert.StartsWith("&lt;", parts[1]);
        Assert.Equal(text, string.Concat(parts));
    }

    [Fact]
    public void The_limit_counts_the_text_after_the_markup()
    {
        // 15 000 characters of HTML, 3 000 that Telegram counts.
        var text = string.Concat(Enumerable.Repeat("<b>&amp;</b>", 1000)) + string.Concat(Enumerable.Repeat("&lt;&gt;", 1000));

        Assert.Equal(3000, MessageSplitter.PlainLength(text));
        Assert.Equal([text], MessageSplitter.Split(text));
    }

    [Theory]
    [InlineData("<pre>", "</pre>")]
    [InlineData("<pre><code class=\"language-csharp\">", "</code></pre>")]
    [InlineData("<blockquote expandable>", "</blockquote>")]
    [InlineData("<blockquote><b>", "</b></blockquote>")]
    [InlineData("<code>", "</code>")]
    public void A_cut_inside_an_element_closes_it_and_reopens_it_with_its_attributes(string open, string close)
    {
        var body = string.Join('\n', Enumerable.Range(1, 400).Select(i => $"dòng {i}: x &lt; y &amp;&amp; z"));
        var text = $"Mở đầu\n{open}{body}{close}\nKết";

        var parts = MessageSplitter.Split(text);

        Assert.True(parts.Count > 1);
        Assert.All(parts, p => AssertFitsAndBalanced(p));
        Assert.All(parts.Skip(1), p => Assert.StartsWith(open, p));
        Assert.All(parts.SkipLast(1), p => Assert.EndsWith(close, p));
        Assert.Equal(Plain(text), string.Join('\n', parts.Select(Plain)));
    }

    [Fact]
    public void A_long_line_inside_code_without_spaces_is_cut_between_characters_and_kept_balanced()
    {
        var text = "<code>" + string.Concat(Enumerable.Repeat("ab&gt;😀", 2000)) + "</code>";

        var parts = MessageSplitter.Split(text);

        Assert.Equal(3, parts.Count);
        Assert.All(parts, p => AssertFitsAndBalanced(p));
        Assert.Equal(Plain(text), string.Concat(parts.Select(Plain)));
    }

    [Fact]
    public void Many_short_elements_are_never_cut_inside_a_tag()
    {
        var text = string.Concat(Enumerable.Range(0, 3000).Select(i => $"<a href=\"https://x.vn/{i}\">{i}</a><i>,</i>"));

        var parts = MessageSplitter.Split(text, limit: 1000);

        Assert.True(parts.Count > 1);
        Assert.All(parts, p => AssertFitsAndBalanced(p, 1000));
        Assert.Equal(Plain(text), string.Concat(parts.Select(Plain)));
    }

    /// <summary>Checked without the splitter's own reader: every '&lt;' closes, and tags close in the order they opened.</summary>
    private static void AssertFitsAndBalanced(string part, int limit = MessageSplitter.TelegramLimit)
    {
        Assert.InRange(Plain(part).Length, 1, limit);
        var open = new Stack<string>();
        foreach (Match tag in Tag().Matches(part))
        {
            if (tag.Groups["close"].Success)
                Assert.Equal(open.Pop(), tag.Groups["name"].Value);
            else
                open.Push(tag.Groups["name"].Value);
        }
        Assert.Empty(open);
        Assert.DoesNotContain('<', Tag().Replace(part, ""));
        Assert.False(char.IsLowSurrogate(Plain(part)[0]), "a part must not start inside a surrogate pair");
    }

    private static string Plain(string html) =>
        Tag().Replace(html, "").Replace("&lt;", "<").Replace("&gt;", ">").Replace("&quot;", "\"").Replace("&amp;", "&");

    [GeneratedRegex("<(?<close>/)?(?<name>[a-z-]+)[^<>]*>")]
    private static partial Regex Tag();
}
