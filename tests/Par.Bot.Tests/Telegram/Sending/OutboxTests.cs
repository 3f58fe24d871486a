using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NSubstitute;
using Par.Bot.Telegram.Sending;
using Par.Bot.Tests.Hosting;
using Par.Core.Outbox;
using Par.Core.Storage;

namespace Par.Bot.Tests.Telegram.Sending;

public sealed class OutboxTests
{
    [Fact]
    public async Task Message_sent_through_the_outbox_goes_out_without_a_restart()
    {
        await using var bot = await BotHarness.StartAsync();

        bot.Get<IOutbox>().Send([new OutgoingMessage { ChatId = 31, Text = "Nhắc: <b>họp lúc 9 giờ</b>" }]);

        var sent = await bot.Api.WaitForMessage(31);
        Assert.Equal(("Nhắc: <b>họp lúc 9 giờ</b>", "Html"), (sent.Text, sent.ParseMode));
    }

    [Fact]
    public async Task Message_stored_in_a_callers_transaction_goes_out_once_it_commits()
    {
        // The real dispatcher behind a recording gateway: the hand-over itself is what must wait for the commit.
        var gateway = Substitute.For<IOutboxGateway>();
        await using var bot = await BotHarness.StartAsync(services: services =>
        {
            services.RemoveAll<IOutboxGateway>();
            services.AddSingleton(sp =>
            {
                var dispatcher = sp.GetRequiredService<OutboxDispatcher>();
                gateway.When(g => g.HandOver(Arg.Any<IReadOnlyList<OutboxEntry>>())).Do(call => dispatcher.HandOver(call.Arg<IReadOnlyList<OutboxEntry>>()));
                return gateway;
            });
        });
        var outbox = bot.Get<IOutbox>();

        var stored = bot.Get<ParDatabase>().InTransaction(() =>
        {
            var rows = outbox.Send([new OutgoingMessage { ChatId = 32, Text = "một" }]);
            // Still inside the transaction: nothing may have been handed over, as the caller could still roll back.
            gateway.DidNotReceive().HandOver(Arg.Is<IReadOnlyList<OutboxEntry>>(handed => handed.Any(row => row.ChatId == 32)));
            Assert.Empty(bot.Api.SentTo(32));
            return rows;
        });

        gateway.Received(1).HandOver(Arg.Is<IReadOnlyList<OutboxEntry>>(handed => handed.Any(row => row.ChatId == 32)));

        var sent = await bot.Api.WaitForMessage(32);
        Assert.Equal("một", sent.Text);
        await Eventually.Until(() => bot.Get<IOutboxStore>().Find(stored.Single().Id)?.Status == OutboxStatus.Sent, "the row marked sent");
    }

    [Fact]
    public async Task Message_of_a_rolled_back_transaction_never_goes_out()
    {
        await using var bot = await BotHarness.StartAsync();
        var outbox = bot.Get<IOutbox>();

        Assert.Throws<InvalidOperationException>(() => bot.Get<ParDatabase>().InTransaction<int>(() =>
        {
            outbox.Send([new OutgoingMessage { ChatId = 33, Text = "hủy" }]);
            throw new InvalidOperationException("the caller's next write failed");
        }));
        outbox.Send([new OutgoingMessage { ChatId = 33, Text = "sau" }]);

        var sent = await bot.Api.WaitForMessage(33);
        Assert.Equal("sau", sent.Text);
        Assert.Single(bot.Api.SentTo(33));
    }
}
