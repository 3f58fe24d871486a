using Par.Bot.Telegram;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Par.Bot.Tests.Telegram;

public sealed class EntitiesToHtmlTests
{
    [Fact]
    public void Text_without_entities_is_escaped()
    {
        Assert.Equal("a &lt;script&gt; &amp; b", EntitiesToHtml.Convert("a <script> & b", null));
    }

    [Theory]
    [InlineData(MessageEntityType.Bold, "x <b>đậm</b> y")]
    [InlineData(MessageEntityType.Italic, "x <i>đậm</i> y")]
    [InlineData(MessageEntityType.Underline, "x <u>đậm</u> y")]
    [InlineData(MessageEntityType.Strikethrough, "x <s>đậm</s> y")]
    [InlineData(MessageEntityType.Code, "x <code>đậm</code> y")]
    [InlineData(MessageEntityType.Spoiler, "x <tg-spoiler>đậm</tg-spoiler> y")]
    [InlineData(MessageEntityType.Mention, "x đậm y")]
    public void Each_kind_becomes_its_tag(MessageEntityType type, string expected)
    {
        Assert.Equal(expected, EntitiesToHtml.Convert("x đậm y", [Entity(type, 2, 3)]));
    }

    [Fact]
    public void Offsets_count_an_emoji_as_two_utf16_units()
    {
        // 😀 is one character to a reader, two UTF-16 units to Telegram and to .NET.
        var text = "😀 Họp <gấp>";
        var html = EntitiesToHtml.Convert(text, [Entity(MessageEntityType.Bold, 3, 3)]);

        Assert.Equal("😀 <b>Họp</b> &lt;gấp&gt;", html);
    }

    [Fact]
    public void Emoji_inside_an_entity_stays_whole()
    {
        var html = EntitiesToHtml.Convert("a 🎉🎉 b", [Entity(MessageEntityType.Italic, 2, 4)]);

        Assert.Equal("a <i>🎉🎉</i> b", html);
    }

    [Fact]
    public void Nested_entities_nest_outer_first()
    {
        // "đậm nghiêng" bold, "nghiêng" also italic.
        var html = EntitiesToHtml.Convert("đậm nghiêng.", [Entity(MessageEntityType.Italic, 4, 7), Entity(MessageEntityType.Bold, 0, 11)]);

        Assert.Equal("<b>đậm <i>nghiêng</i></b>.", html);
    }

    [Fact]
    public void Entities_sharing_a_start_put_the_longer_outside()
    {
        var html = EntitiesToHtml.Convert("abc def", [Entity(MessageEntityType.Underline, 0, 3), Entity(MessageEntityType.Bold, 0, 7)]);

        Assert.Equal("<b><u>abc</u> def</b>", html);
    }

    [Fact]
    public void Partial_overlap_is_closed_and_reopened_so_the_html_stays_valid()
    {
        var html = EntitiesToHtml.Convert("abcdef", [Entity(MessageEntityType.Bold, 0, 4), Entity(MessageEntityType.Italic, 2, 4)]);

        Assert.Equal("<b>ab<i>cd</i></b><i>ef</i>", html);
    }

    [Fact]
    public void Links_and_pre_with_language_keep_their_attributes_escaped()
    {
        var text = "xem đây\ncode";
        var link = Entity(MessageEntityType.TextLink, 4, 3);
        link.Url = "https://example.vn/?a=1&b=\"2\"";
        var pre = Entity(MessageEntityType.Pre, 8, 4);
        pre.Language = "csharp";

        var html = EntitiesToHtml.Convert(text, [link, pre]);

        Assert.Equal("xem <a href=\"https://example.vn/?a=1&amp;b=&quot;2&quot;\">đây</a>\n<pre><code class=\"language-csharp\">code</code></pre>", html);
    }

    [Fact]
    public void Entities_past_the_end_are_clamped()
    {
        Assert.Equal("ab<b>c</b>", EntitiesToHtml.Convert("abc", [Entity(MessageEntityType.Bold, 2, 10)]));
    }

    [Fact]
    public void Entities_wholly_outside_the_text_are_dropped()
    {
        Assert.Equal("abc", EntitiesToHtml.Convert("abc", [Entity(MessageEntityType.Bold, 5, 2), Entity(MessageEntityType.Italic, -4, 2)]));
    }

    [Fact]
    public void Custom_emoji_and_an_unsafe_code_language_are_left_out_of_the_tags()
    {
        var emoji = Entity(MessageEntityType.CustomEmoji, 0, 2);
        emoji.CustomEmojiId = "5368324170671202286";
        var pre = Entity(MessageEntityType.Pre, 3, 4);
        pre.Language = "x\"><b>";

        var html = EntitiesToHtml.Convert("😀 code", [emoji, pre]);

        Assert.Equal("😀 <pre>code</pre>", html);
    }

    private static MessageEntity Entity(MessageEntityType type, int offset, int length) =>
        new() { Type = type, Offset = offset, Length = length };
}
