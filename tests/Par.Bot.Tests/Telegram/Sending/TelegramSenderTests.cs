using Par.Bot.Tests.Hosting;
using Par.Core.Outbox;

namespace Par.Bot.Tests.Telegram.Sending;

public sealed class TelegramSenderTests
{
    [Fact]
    public async Task Html_that_telegram_rejects_goes_out_as_plain_text()
    {
        await using var bot = await BotHarness.StartAsync();

        bot.Get<IOutbox>().Send([new OutgoingMessage { ChatId = 41, Text = "<b>Họp &amp; bàn &lt;gấp&gt;</i>" }]);

        var sent = await bot.Api.WaitForMessage(41);
        Assert.Equal("Họp & bàn <gấp>", sent.Text);
        Assert.Null(sent.ParseMode);
    }
}
