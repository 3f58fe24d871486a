using Par.Core.Outbox;

namespace Par.Core.Tests.Outbox;

public sealed class MessageSplitterTests
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

    [Fact]
    public void A_long_code_block_inside_nested_elements_reopens_all_of_them_in_every_part()
    {
        const string open = "<b>Tổng hợp <i>chi tiết <a href=\"https://dichvucong.gov.vn/?a=1&amp;b=2\">xem</a> <code>";
        var body = string.Join('\n', Enumerable.Range(1, 700).Select(i => $"HS-{i:00000} &lt;trễ&gt; &amp; chờ"));
        var text = $"{open}{body}</code> hết</i></b>";

        var parts = MessageSplitter.Split(text);

        Assert.True(parts.Count > 3);
        Assert.All(parts, p => AssertFitsAndBalanced(p));
        Assert.All(parts.Skip(1), p => Assert.StartsWith("<b><i><code>", p));
        Assert.All(parts.SkipLast(1), p => Assert.EndsWith("</code></i></b>", p));
        Assert.Equal(Plain(text), string.Join('\n', parts.Select(Plain)));
    }

    [Fact]
    public void A_cut_inside_a_link_reopens_the_link_with_its_address()
    {
        const string open = "<a href=\"https://x.vn/?q=1&amp;r=2\">";
        var text = open + string.Join(' ', Enumerable.Repeat("liên kết dài", 800)) + "</a>";

        var parts = MessageSplitter.Split(text);

        Assert.True(parts.Count > 1);
        Assert.All(parts, p => AssertFitsAndBalanced(p));
        Assert.All(parts, p => Assert.StartsWith(open, p));
        Assert.Equal(Plain(text), string.Concat(parts.Select(Plain)));
    }

    [Theory]
    [InlineData("<pre>\n")]
    [InlineData("<b> \n \n")]
    [InlineData("\n\n")]
    public void No_part_is_made_of_tags_and_whitespace_only(string head)
    {
        var text = head + new string('x', 5000) + (head.StartsWith('<') ? $"</{head[1..head.IndexOfAny([' ', '>'])]}>" : "") + "\n \n   ";

        var parts = MessageSplitter.Split(text);

        Assert.Equal(2, parts.Count);
        Assert.All(parts, p => AssertFitsAndBalanced(p));
    }

    [Fact]
    public void Whitespace_left_after_the_last_cut_is_not_sent_alone()
    {
        var text = "<pre>" + new string('x', 4096) + "\n   \n  </pre>";

        var parts = MessageSplitter.Split(text);

        var part = Assert.Single(parts);
        AssertFitsAndBalanced(part);
    }

    [Fact]
    public void Letters_with_combining_accents_are_never_cut_from_their_accents()
    {
        // "Nội vụ" typed with combining marks (NFD), as some keyboards and PDF copies produce it, without spaces.
        var word = "Nội vụ".Normalize(System.Text.NormalizationForm.FormD).Replace(" ", "");
        // One letter first so that the limit falls between a "u" and its dot below.
        var text = "<code>x" + string.Concat(Enumerable.Repeat(word, 1500)) + "</code>";

        var parts = MessageSplitter.Split(text);

        Assert.True(parts.Count > 1);
        Assert.All(parts, p => AssertFitsAndBalanced(p));
        Assert.Equal(Plain(text), string.Concat(parts.Select(Plain)));
    }

    [Fact]
    public void A_letter_under_thousands_of_marks_is_still_split_to_fit()
    {
        var text = "<i>a" + string.Concat(Enumerable.Repeat("\u0301\u0323", 3000)) + "</i>";

        var parts = MessageSplitter.Split(text);

        Assert.True(parts.Count > 1);
        Assert.All(parts, p => Assert.InRange(MessageSplitter.PlainLength(p), 1, MessageSplitter.TelegramLimit));
        Assert.Equal(Plain(text), string.Concat(parts.Select(Plain)));
    }

    private static void AssertFitsAndBalanced(string part, int limit = MessageSplitter.TelegramLimit) => TelegramPart.AssertValid(part, limit);

    private static string Plain(string html) => TelegramPart.Plain(html);
}
