using Par.Bot.Telegram;

namespace Par.Bot.Tests.Telegram;

public sealed class HtmlTests
{
    [Theory]
    [InlineData("<b>Sở</b> & \"x\"", "&lt;b&gt;Sở&lt;/b&gt; &amp; &quot;x&quot;")]
    [InlineData("Xã Bình Châu, phường Hòa Xuân — đúng hạn 😀", "Xã Bình Châu, phường Hòa Xuân — đúng hạn 😀")]
    [InlineData("it's", "it's")]
    [InlineData(null, "")]
    public void Escapes_only_what_telegram_reads_as_markup(string? text, string expected)
    {
        Assert.Equal(expected, Html.E(text));
    }
}
