using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NSubstitute;
using Par.Bot.Telegram.Sending;
using Par.Bot.Tests.Fakes;
using Par.Bot.Tests.Hosting;
using Par.Core.Outbox;
using Telegram.Bot;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;

namespace Par.Bot.Tests.Telegram.Sending;

public sealed class TelegramSenderTests
{
    /// <summary>What the fake Bot API cannot do: a Bot API that accepts the request and never answers.</summary>
    [Fact]
    public async Task Send_that_hangs_until_its_deadline_counts_as_unreachable_so_the_gateway_sends_it_again()
    {
        var bot = Substitute.For<ITelegramBotClient>();
        bot.SendRequest(Arg.Any<SendMessageRequest>(), Arg.Any<CancellationToken>())
            .Returns(call => NeverAnswersAsync(call.Arg<CancellationToken>()));
        var sender = new TelegramSender(bot, NullLogger<TelegramSender>.Instance);
        using var deadline = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        var outcome = await sender.SendAsync(new OutboxEntry { Id = 1, ChatId = 5, Text = "Xin chào" }, deadline.Token);

        Assert.Equal(SendResultKind.Unreachable, outcome.Kind);
        await bot.Received(1).SendRequest(Arg.Is<SendMessageRequest>(r => r.ChatId == 5), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Html_that_telegram_rejects_goes_out_as_plain_text()
    {
        await using var bot = await BotHarness.StartAsync();

        bot.Get<IOutbox>().Send([new OutgoingMessage { ChatId = 41, Text = "<b>Họp &amp; bàn &lt;gấp&gt;</i>" }]);

        var sent = await bot.Api.WaitForMessage(41);
        Assert.Equal("Họp & bàn <gấp>", sent.Text);
        Assert.Null(sent.ParseMode);
    }

    /// <summary>A third-party Bot API emulator accepts each message but answers in a form Telegram.Bot cannot read.</summary>
    [Fact]
    public async Task A_200_the_library_cannot_read_is_one_delivery_with_one_warning()
    {
        var logs = new LogCapture();
        await using var bot = await BotHarness.StartAsync(services: s => s.AddSingleton<ILoggerProvider>(logs));
        bot.Api.Faults = call => call.Method == "sendMessage" ? FakeFault.UnreadableSuccess() : null;

        var help = await bot.SayAsync(42, "/help", "en");
        var language = await bot.SayAsync(42, "/lang vi", "en");
        await Eventually.Until(() => bot.Get<IOutboxStore>().ListPending().Count == 0, "both replies recorded");

        Assert.Contains("/start", help.Text);
        Assert.Contains("tiếng Việt", language.Text);
        Assert.Equal(2, bot.Api.Calls.Count(c => c.Method == "sendMessage"));
        Assert.Single(logs.Lines, line => line.Level == LogLevel.Warning && line.Message.Contains("could not be read", StringComparison.Ordinal));
    }

    private static async Task<Message> NeverAnswersAsync(CancellationToken cancellationToken)
    {
        await Task.Delay(Timeout.Infinite, cancellationToken);
        throw new InvalidOperationException("A request without a deadline hung for ever.");
    }
}
