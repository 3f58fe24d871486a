using Par.Bot.Tests.Hosting;
using Par.Core.Outbox;
using Par.Core.Storage;

namespace Par.Bot.Tests.Telegram;

/// <summary>What a command that only reads costs the store, counted by LiteDB itself.</summary>
public sealed class ReadOnlyUpdateTests
{
    /// <summary>A quiet Sunday night in Vietnam: no schedule fires while the writes are counted.</summary>
    private static readonly DateTimeOffset SundayNight = new(2025, 6, 1, 2, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public async Task Help_writes_only_its_reply_with_the_handled_mark_and_then_the_sent_mark()
    {
        await using var bot = await BotHarness.StartAsync(clock: new TestClock(SundayNight));
        await SettledAsync(bot, 1);
        var db = bot.Get<ParDatabase>();
        var before = StoreWrites.Commits(db);

        await SettledAsync(bot, 2);

        Assert.Equal(2, StoreWrites.Commits(db) - before);
    }

    /// <summary>Asks /help and waits until the reply is marked sent and the update confirmed.</summary>
    private static async Task SettledAsync(BotHarness bot, long user)
    {
        var update = bot.Api.SendText(user, "/help");
        await bot.Api.WaitForMessage(user);
        await bot.Api.WaitUntilConfirmed(update.Id);
        await Eventually.Until(() => bot.Get<IOutboxStore>().ListPending().Count == 0, "the reply marked sent");
    }
}
