using Microsoft.Extensions.DependencyInjection;
using Par.Bot.Handlers.Routing;
using Par.Bot.Telegram;
using Par.Bot.Tests.Fakes;
using Par.Bot.Tests.Hosting;
using Par.Core.Access;
using Par.Core.Members;
using Par.Core.Updates;
using Telegram.Bot.Types;

namespace Par.Bot.Tests.Telegram;

public sealed class PollingTests
{
    [Fact]
    public async Task Restart_while_updates_arrive_answers_each_exactly_once()
    {
        await using var bot = await BotHarness.StartAsync();
        long[] users = [11, 12, 13, 14, 15];
        foreach (var user in users)
            bot.Api.SendText(user, "/help");
        await bot.Api.WaitForMessage(users[0]);

        await bot.StopHostAsync();
        foreach (var user in users)
            bot.Api.SendText(user, "/help");
        await bot.StartHostAsync();

        await Eventually.Until(() => users.All(u => bot.Api.SentTo(u).Count >= 2), "two answers each");
        bot.Api.SendText(users[0], "/lang en");
        await bot.Api.WaitForMessage(users[0], m => m.Text!.Contains("English"));

        Assert.All(users, user => Assert.Equal(2, bot.Api.SentTo(user).Count(m => m.Text!.Contains("/start"))));
    }

    [Fact]
    public async Task Update_delivered_again_has_no_second_effect()
    {
        await using var bot = await BotHarness.StartAsync();
        var update = bot.Api.SendText(21, "/help");
        await bot.Api.WaitForMessage(21);

        await bot.Get<UpdateProcessor>().ProcessAsync(update, CancellationToken.None);
        bot.Api.SendText(21, "/lang en");
        await bot.Api.WaitForMessage(21, m => m.Text!.Contains("English"));

        Assert.Equal(["/start", "English"], bot.Api.SentTo(21).Select(m => m.Text!.Contains("/start") ? "/start" : "English"));
    }

    [Fact]
    public async Task Update_interrupted_by_a_crash_is_not_run_again_and_the_user_is_asked_to_check()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SayAsync(BotHarness.AdminId, "/help");
        const int crashed = 500_000;
        bot.Get<IUpdateLog>().Begin(crashed, DateTime.UtcNow);

        bot.Api.Enqueue(new Update
        {
            Id = crashed,
            Message = new Message
            {
                Id = 9,
                Date = DateTime.UtcNow,
                Chat = new Chat { Id = BotHarness.AdminId, Type = global::Telegram.Bot.Types.Enums.ChatType.Private },
                From = new User { Id = BotHarness.AdminId, FirstName = "Admin", LanguageCode = "en" },
                Text = "/units add SNV \"Sở Nội vụ\" department",
            },
        });

        var reply = await bot.Api.WaitForMessage(BotHarness.AdminId, m => m.Text!.Contains("interrupted"));

        Assert.Contains("send it again", reply.Text);
        Assert.Null(bot.Get<Par.Core.Units.IUnitStore>().Find("SNV"));
        Assert.Equal(UpdateState.Handled, bot.Get<IUpdateLog>().StateOf(crashed));
    }

    /// <summary>
    /// After a week without updates Telegram numbers the next one at random; here it lands below the stored offset, on
    /// the very id of an update handled before the quiet week.
    /// </summary>
    [Fact]
    public async Task Update_numbered_below_the_offset_after_a_quiet_week_is_handled_once_and_polling_goes_on_from_it()
    {
        await using var bot = await BotHarness.StartAsync();
        var before = bot.Api.SendText(61, "/help");
        await bot.Api.WaitForMessage(61);
        await bot.Api.WaitUntilConfirmed(before.Id);

        bot.Clock.Advance(TimeSpan.FromDays(8));
        bot.Api.RenumberUpdates(before.Id);
        var renumbered = bot.Api.SendText(61, "/help");
        var reply = await bot.Api.WaitForMessage(61);
        var next = bot.Api.SendText(61, "/lang en");
        var language = await bot.Api.WaitForMessage(61);
        await bot.Api.WaitUntilConfirmed(next.Id);

        Assert.Equal((before.Id, before.Id + 1), (renumbered.Id, next.Id));
        Assert.Contains("/start", reply.Text);
        Assert.Contains("English", language.Text);
        Assert.Equal(3, bot.Api.SentTo(61).Count(m => m.Method == "sendMessage"));
        // The poller stores its offset at most once a minute and on stop.
        await bot.RestartAsync();
        Assert.Equal(next.Id + 1, bot.Get<IUpdateLog>().ReadNextOffset());
    }

    [Fact]
    public async Task Too_many_requests_pauses_sending_for_retry_after()
    {
        await using var bot = await BotHarness.StartAsync();
        var refused = 0;
        bot.Api.Faults = call => call.Method == "sendMessage" && Interlocked.Increment(ref refused) == 1 ? FakeFault.TooManyRequests(1) : null;

        bot.Api.SendText(31, "/help");
        var reply = await bot.Api.WaitForMessage(31);

        var attempts = bot.Api.Calls.Where(c => c.Method == "sendMessage").ToList();
        Assert.Equal(2, attempts.Count);
        Assert.True(attempts[1].At - attempts[0].At >= TimeSpan.FromMilliseconds(950), $"retried after {attempts[1].At - attempts[0].At}");
        Assert.Contains("/start", reply.Text);
    }

    [Fact]
    public async Task Server_errors_are_retried_until_delivered()
    {
        await using var bot = await BotHarness.StartAsync();
        var calls = 0;
        bot.Api.Faults = call => call.Method == "sendMessage" && Interlocked.Increment(ref calls) <= 2 ? FakeFault.InternalServerError() : null;

        var reply = await bot.SayAsync(32, "/help");

        Assert.Contains("/start", reply.Text);
        Assert.Equal(3, bot.Api.Calls.Count(c => c.Method == "sendMessage"));
    }

    [Fact]
    public async Task Conflict_from_another_poller_is_retried_with_back_off()
    {
        await using var bot = await BotHarness.StartAsync();
        var conflicts = 0;
        bot.Api.Faults = call => call.Method == "getUpdates" && Interlocked.Increment(ref conflicts) <= 2 ? FakeFault.Conflict() : null;
        await Eventually.Until(() => Volatile.Read(ref conflicts) >= 2, "two polls answered 409");

        var reply = await bot.SayAsync(34, "/help");

        Assert.Contains("/start", reply.Text);
    }

    [Fact]
    public async Task Blocked_user_is_marked_unreachable()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SayAsync(33, "/lang en", "en");
        bot.Api.Faults = call => call.Method == "sendMessage" && call.ChatId == 33 ? FakeFault.BlockedByUser() : null;

        bot.Api.SendText(33, "/help");
        await Eventually.Until(() => bot.Get<IMemberStore>().Find(33)?.Unreachable == true, "member 33 unreachable");
    }

    [Fact]
    public async Task Failing_handler_gets_an_apology_and_polling_goes_on()
    {
        await using var bot = await BotHarness.StartAsync(services: s => s.AddSingleton<ICommand, ThrowingCommand>());

        var apology = await bot.SayAsync(41, "/boom", "en");
        var help = await bot.SayAsync(41, "/help", "en");

        Assert.StartsWith("Sorry", apology.Text);
        Assert.Contains("/start", help.Text);
    }

    [Fact]
    public async Task Group_chat_is_told_to_use_a_private_chat()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Api.Enqueue(new Update
        {
            Message = new Message
            {
                Id = 1,
                Date = DateTime.UtcNow,
                Chat = new Chat { Id = -100500, Type = global::Telegram.Bot.Types.Enums.ChatType.Supergroup, Title = "Group" },
                From = new User { Id = 51, FirstName = "An" },
                Text = "/rank",
            },
        });

        var reply = await bot.Api.WaitForMessage(-100500);

        Assert.Contains("trò chuyện riêng", reply.Text);
    }

    private sealed class ThrowingCommand : ICommand
    {
        public string Name => "boom";
        public Permission Permission => Permission.UseBot;
        public Task HandleAsync(BotContext context, CancellationToken cancellationToken) => throw new InvalidOperationException("boom");
    }
}
