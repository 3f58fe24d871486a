using NSubstitute;
using NSubstitute.ExceptionExtensions;
using Par.Bot.Tests.Hosting;
using Par.Core.Members;
using Par.Core.Outbox;
using Par.Core.Storage;
using Par.Core.Updates;

namespace Par.Bot.Tests.Telegram;

/// <summary>The update log or member store failing around a handler: updates are retried, never lost, never answered twice.</summary>
public sealed class PollingStoreFailureTests
{
    private const long User = 61;

    /// <summary>
    /// A handler that writes may have stored effects before the mark failed, so it is not run again: the user is asked to
    /// check. One that only reads (/help) left nothing behind and simply runs again.
    /// </summary>
    [Theory]
    [InlineData("/lang en", "interrupted")]
    [InlineData("/help", "/start")]
    public async Task Update_whose_handling_cannot_be_recorded_stays_unconfirmed_and_is_answered_once_the_store_recovers(string command, string answer)
    {
        var recovered = new TaskCompletionSource();
        var failures = 0;
        await using var bot = await BotHarness.StartAsync(services: s => s.SubstituteStore<IUpdateLog, LiteUpdateLog>(log =>
            log.When(l => l.CompleteUpdate(Arg.Any<int>(), Arg.Any<IEnumerable<OutgoingMessage>>(), Arg.Any<DateTime>())).Do(_ =>
            {
                if (!recovered.Task.IsCompleted)
                {
                    Interlocked.Increment(ref failures);
                    throw StoreSubstitutes.DiskFailure();
                }
            })));

        var update = bot.Api.SendText(User, command, "en");
        // Three attempts and the give-up fail; a fifth failure means Telegram delivered the update again.
        await Eventually.Until(() => Volatile.Read(ref failures) >= 5, "the unstored update delivered again");

        Assert.True(bot.Api.ConfirmedOffset <= update.Id, $"confirmed up to {bot.Api.ConfirmedOffset}, past update {update.Id}");
        Assert.Empty(bot.Api.SentTo(User));
        recovered.SetResult();
        var reply = await bot.Api.WaitForMessage(User);
        await Eventually.Until(() => bot.Api.ConfirmedOffset > update.Id, "the update confirmed");
        Assert.Contains(answer, reply.Text);
        Assert.Single(bot.Api.SentTo(User));
        Assert.Equal(UpdateState.Handled, bot.Get<IUpdateLog>().StateOf(update.Id));
    }

    [Fact]
    public async Task Store_failure_before_handling_begins_is_retried_and_the_user_gets_the_real_answer()
    {
        var failOnce = StoreSubstitutes.FailFirst(1);
        await using var bot = await BotHarness.StartAsync(services: s => s.SubstituteStore<IMemberStore, LiteMemberStore>(members =>
            members.When(m => m.Find(User)).Do(failOnce)));

        var reply = await bot.SayAsync(User, "/help", "en");
        bot.Api.SendText(User, "/lang en", "en");
        await bot.Api.WaitForMessage(User, m => m.Text!.Contains("English"));

        Assert.Contains("/start", reply.Text);
        Assert.Equal(2, bot.Api.SentTo(User).Count);
    }

    [Fact]
    public async Task Offset_that_cannot_be_stored_at_first_is_stored_on_retry_and_nothing_is_answered_twice()
    {
        var failOnce = StoreSubstitutes.FailFirst(1);
        await using var bot = await BotHarness.StartAsync(services: s => s.SubstituteStore<IUpdateLog, LiteUpdateLog>(log =>
            log.When(l => l.StoreNextOffset(Arg.Any<int>())).Do(failOnce)));

        var update = bot.Api.SendText(User, "/help", "en");
        await bot.Api.WaitForMessage(User);
        await Eventually.Until(() => bot.Api.ConfirmedOffset > update.Id, "the update confirmed");
        var next = await bot.SayAsync(User, "/lang en", "en");

        Assert.Contains("English", next.Text);
        Assert.Equal(2, bot.Api.SentTo(User).Count);
    }

    [Fact]
    public async Task Failing_prune_of_handled_marks_does_not_stop_polling()
    {
        await using var bot = await BotHarness.StartAsync(services: s => s.SubstituteStore<IUpdateLog, LiteUpdateLog>(log =>
            log.When(l => l.Prune(Arg.Any<DateTime>())).Throw(StoreSubstitutes.DiskFailure())));

        var first = await bot.SayAsync(User, "/help", "en");
        var second = await bot.SayAsync(User, "/lang en", "en");

        Assert.Contains("/start", first.Text);
        Assert.Contains("English", second.Text);
    }
}
