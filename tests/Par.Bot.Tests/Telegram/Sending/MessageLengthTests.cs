using Par.Bot.Tests.Hosting;
using Par.Core.Outbox;
using Telegram.Bot.Extensions;

namespace Par.Bot.Tests.Telegram.Sending;

public sealed class MessageLengthTests
{
    [Theory]
    [InlineData("")]
    [InlineData("Xã Bình Châu")]
    [InlineData("<b>Họp</b> &amp; <i>bàn</i> &lt;gấp&gt; &quot;x&quot;")]
    [InlineData("<pre><code class=\"language-csharp\">var a = b &gt; c;</code></pre>")]
    [InlineData("<a href=\"https://x.vn/?a=1&amp;b=2\">đây</a> &#39;")]
    [InlineData("<blockquote expandable>trích\ndẫn</blockquote>")]
    public void Core_measures_a_text_as_telegram_bot_does(string html)
    {
        Assert.Equal(HtmlText.PlainLength(html), MessageSplitter.PlainLength(html));
    }

    [Fact]
    public void Core_counts_an_emoji_as_two_where_telegram_bot_counts_one()
    {
        // Telegram counts code points; Core counts UTF-16 units, never less, so a part it deems short enough is.
        Assert.Equal((1, 2), (HtmlText.PlainLength("😀"), MessageSplitter.PlainLength("😀")));
    }

    [Fact]
    public async Task A_long_preformatted_message_arrives_in_parts_that_telegram_parses()
    {
        await using var bot = await BotHarness.StartAsync();
        var lines = Enumerable.Range(1, 500).Select(i => $"{i,3} | Sở &lt;{i}&gt; &amp; đơn vị").ToList();
        var html = $"<b>Bảng</b>\n<pre>{string.Join('\n', lines)}</pre>\n<blockquote>hết</blockquote>";

        bot.Get<IOutbox>().Send([new OutgoingMessage { ChatId = 51, Text = html }]);

        var parts = await bot.Api.WaitForMessages(51, MessageSplitter.Split(html).Count);
        Assert.True(parts.Count > 1);
        // The fake parses HTML as strictly as Telegram: a part it refused would have come again as plain text.
        Assert.All(parts, part => Assert.Equal("Html", part.ParseMode));
        Assert.Equal(HtmlText.ToPlain(html), string.Join('\n', parts.Select(p => HtmlText.ToPlain(p.Text!))));
    }

    [Theory]
    [InlineData("<b>Tổng hợp <i>hồ sơ <code>", "</code></i></b>", "<b><i><code>")]
    [InlineData("<a href=\"https://x.vn/?a=1&amp;b=2\"><b>", "</b></a>", "<a href=\"https://x.vn/?a=1&amp;b=2\"><b>")]
    [InlineData("<pre>\n", "</pre>", "<pre>")]
    public async Task A_long_code_or_nested_element_arrives_as_html_in_every_part(string open, string close, string reopened)
    {
        await using var bot = await BotHarness.StartAsync();
        // One line far over the limit, no spaces: the cut falls inside the element and inside a line.
        var html = open + string.Concat(Enumerable.Repeat("HS-0001&amp;&lt;trễ&gt;😀", 700)) + close;

        bot.Get<IOutbox>().Send([new OutgoingMessage { ChatId = 52, Text = html }]);

        var parts = await bot.Api.WaitForMessages(52, MessageSplitter.Split(html).Count);
        Assert.True(parts.Count > 1);
        Assert.All(parts, part => Assert.Equal("Html", part.ParseMode));
        Assert.All(parts.Skip(1), part => Assert.StartsWith(reopened, part.Text));
        Assert.Equal(HtmlText.ToPlain(html).Trim(), string.Concat(parts.Select(p => HtmlText.ToPlain(p.Text!))).Trim());
    }
}
