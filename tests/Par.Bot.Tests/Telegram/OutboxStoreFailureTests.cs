using NSubstitute;
using Par.Bot.Tests.Hosting;
using Par.Core.Outbox;
using Par.Core.Storage;

namespace Par.Bot.Tests.Telegram;

/// <summary>The outbox store failing after Telegram took a message: the gateway neither repeats it nor stalls.</summary>
public sealed class OutboxStoreFailureTests
{
    private const long User = 71;
    private const long Other = 72;

    [Fact]
    public async Task Outcome_that_cannot_be_stored_at_first_is_stored_on_retry_and_the_message_goes_once()
    {
        var failOnce = StoreSubstitutes.FailFirst(1);
        await using var bot = await BotHarness.StartAsync(services: s => s.SubstituteStore<IOutboxStore, LiteOutboxStore>(outbox =>
            outbox.When(o => o.Update(Arg.Is<OutboxEntry>(e => e.ChatId == User))).Do(failOnce)));

        var reply = await bot.SayAsync(User, "/help", "en");
        await Eventually.Until(() => !bot.Get<IOutboxStore>().ListPending().Any(e => e.ChatId == User), "the reply recorded as sent");
        await bot.RestartAsync();
        var next = await bot.SayAsync(User, "/lang en", "en");

        Assert.Contains("/start", reply.Text);
        Assert.Contains("English", next.Text);
        Assert.Equal(2, bot.Api.SentTo(User).Count);
    }

    [Fact]
    public async Task A_row_whose_outcome_cannot_be_stored_does_not_hold_up_other_chats()
    {
        // Three failures: the gateway waits 1 s, 2 s and 3 s between its attempts to record the row.
        var failThrice = StoreSubstitutes.FailFirst(3);
        await using var bot = await BotHarness.StartAsync(services: s => s.SubstituteStore<IOutboxStore, LiteOutboxStore>(outbox =>
            outbox.When(o => o.Update(Arg.Is<OutboxEntry>(e => e.ChatId == User))).Do(failThrice)));
        await bot.SayAsync(User, "/help", "en");

        var other = await bot.SayAsync(Other, "/help", "en");
        await Eventually.Until(() => !bot.Get<IOutboxStore>().ListPending().Any(e => e.ChatId == Other), "the other chat's reply recorded");
        var stuck = bot.Get<IOutboxStore>().ListPending().Where(e => e.ChatId == User).ToList();
        await Eventually.Until(() => !bot.Get<IOutboxStore>().ListPending().Any(e => e.ChatId == User), "the failing row recorded at last", TimeSpan.FromSeconds(15));

        Assert.Contains("/start", other.Text);
        Assert.Single(stuck);
        Assert.Single(bot.Api.SentTo(User));
    }

    [Fact]
    public async Task Failing_prune_of_the_outbox_does_not_stop_sending()
    {
        await using var bot = await BotHarness.StartAsync(services: s => s.SubstituteStore<IOutboxStore, LiteOutboxStore>(outbox =>
            outbox.When(o => o.Prune(Arg.Any<DateTime>())).Throw(StoreSubstitutes.DiskFailure())));

        var reply = await bot.SayAsync(User, "/help", "en");

        Assert.Contains("/start", reply.Text);
        bot.Get<IOutboxStore>().Received().Prune(Arg.Any<DateTime>());
    }
}
