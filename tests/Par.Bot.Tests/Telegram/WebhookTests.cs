using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using Par.Bot.Handlers.Routing;
using Par.Bot.Tests.Fakes;
using Par.Bot.Tests.Hosting;
using Par.Core.Access;
using Par.Core.Outbox;
using Par.Core.Storage;
using Par.Core.Updates;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Par.Bot.Tests.Telegram;

/// <summary>Webhook mode end to end: the fake Bot API posts each update to the registered URL with the secret header, as Telegram does.</summary>
public sealed class WebhookTests
{
    private const long User = 91;

    [Fact]
    public async Task Updates_posted_to_the_webhook_are_answered_and_nothing_polls()
    {
        await using var bot = await BotHarness.StartAsync(BotHarness.WebhookSettings());
        await Eventually.Until(() => bot.Api.WebhookUrl is not null, "setWebhook");

        var reply = await bot.SayAsync(User, "/help", "en");

        Assert.Contains("/start", reply.Text);
        Assert.EndsWith("/telegram/hook", bot.Api.WebhookUrl);
        Assert.Equal(64, bot.Api.WebhookSecret!.Length);
        Assert.DoesNotContain(bot.Api.Calls, c => c.Method == "getUpdates");
        var setWebhook = bot.Api.Calls.Single(c => c.Method == "setWebhook");
        Assert.Contains("\"allowed_updates\":[\"message\",\"callback_query\"]", setWebhook.ParametersJson);
        Assert.Contains("\"max_connections\":40", setWebhook.ParametersJson);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-the-secret")]
    public async Task Request_without_the_right_secret_gets_401_and_changes_nothing(string? secret)
    {
        var logs = new LogCapture();
        await using var bot = await BotHarness.StartAsync(BotHarness.WebhookSettings(), services: s => s.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(logs));
        await Eventually.Until(() => bot.Api.WebhookUrl is not null, "setWebhook");
        var update = IncomingUpdates.Text(1, FakeChats.Person(User, "en", null), "/help", bot.Clock.GetUtcNow().UtcDateTime);
        update.Id = 777;

        var status = await PostAsync(bot.Api.WebhookUrl!, update, secret);
        await Task.Delay(300);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Empty(bot.Api.SentTo(User));
        Assert.Equal(UpdateState.New, bot.Get<IUpdateLog>().StateOf(777));
        Assert.Contains(logs.Lines, l => l.Message.Contains("refused with 401"));
        Assert.DoesNotContain(logs.Lines, l => l.Message.Contains(bot.Api.WebhookSecret!));
    }

    [Fact]
    public async Task Update_that_cannot_be_stored_gets_a_non_2xx_and_the_redelivery_is_handled_once()
    {
        var recovered = new TaskCompletionSource();
        var failures = 0;
        await using var bot = await BotHarness.StartAsync(BotHarness.WebhookSettings(), services: s => s.SubstituteStore<IUpdateLog, LiteUpdateLog>(log =>
            log.When(l => l.CompleteUpdate(Arg.Any<int>(), Arg.Any<IEnumerable<OutgoingMessage>>(), Arg.Any<DateTime>())).Do(_ =>
            {
                if (!recovered.Task.IsCompleted)
                {
                    Interlocked.Increment(ref failures);
                    throw StoreSubstitutes.DiskFailure();
                }
            })));
        await Eventually.Until(() => bot.Api.WebhookUrl is not null, "setWebhook");

        // A command that writes: its begun mark makes the redelivery an "interrupted" answer (a read-only one just reruns).
        var update = bot.Api.SendText(User, "/lang en", "en");
        await Eventually.Until(() => bot.Api.WebhookAnswers.Contains(500), "a 500 for the unstored update");
        recovered.SetResult();
        var reply = await bot.Api.WaitForMessage(User);
        await Eventually.Until(() => bot.Api.WasDelivered(update), "the update delivered");

        Assert.Empty(bot.Api.WebhookAnswers.Where(a => a is >= 200 and < 300).Skip(1));
        Assert.Contains("interrupted", reply.Text);
        Assert.Single(bot.Api.SentTo(User));
        Assert.Equal(UpdateState.Handled, bot.Get<IUpdateLog>().StateOf(update.Id));
    }

    [Fact]
    public async Task Switching_to_polling_deletes_the_webhook_without_dropping_pending_updates_and_back()
    {
        var webhook = BotHarness.WebhookSettings();
        await using var bot = await BotHarness.StartAsync(webhook);
        await bot.SayAsync(User, "/help", "en");

        await bot.StopHostAsync();
        var waiting = bot.Api.SendText(User, "/lang en", "en");
        bot.Set("Telegram:Mode", "polling");
        await bot.StartHostAsync();
        var polled = await bot.Api.WaitForMessage(User);
        await bot.StopHostAsync();
        bot.Set("Telegram:Mode", "webhook");
        await bot.StartHostAsync();
        var posted = await bot.SayAsync(User, "/help", "en");

        var deleted = bot.Api.Calls.Last(c => c.Method == "deleteWebhook");
        Assert.DoesNotContain("\"drop_pending_updates\":true", deleted.ParametersJson);
        Assert.Contains("English", polled.Text);
        Assert.Single(bot.Api.SentTo(User), m => m.Text!.Contains("English"));
        Assert.Equal(UpdateState.Handled, bot.Get<IUpdateLog>().StateOf(waiting.Id));
        Assert.Contains("/start", posted.Text);
        Assert.NotNull(bot.Api.WebhookUrl);
    }

    [Fact]
    public async Task Concurrent_requests_of_one_chat_are_handled_one_at_a_time_while_chats_run_in_parallel()
    {
        var slow = new SlowCommand();
        await using var bot = await BotHarness.StartAsync(BotHarness.WebhookSettings(), services: s => s.AddSingleton<ICommand>(slow));
        await Eventually.Until(() => bot.Api.WebhookUrl is not null, "setWebhook");
        long[] chats = [User, User + 1];

        var posts = chats.SelectMany(chat => Enumerable.Range(0, 4).Select(n =>
        {
            var update = IncomingUpdates.Text(100 + n, FakeChats.Person(chat, "en", null), "/slow", bot.Clock.GetUtcNow().UtcDateTime);
            update.Id = 5000 + (int)(chat - User) * 10 + n;
            return PostAsync(bot.Api.WebhookUrl!, update, bot.Api.WebhookSecret);
        }));
        var statuses = await Task.WhenAll(posts);

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(1, slow.MostAtOnce(User));
        Assert.Equal(1, slow.MostAtOnce(User + 1));
        Assert.Equal(2, slow.MostAtOnceOverall);
    }

    private static async Task<HttpStatusCode> PostAsync(string url, Update update, string? secret)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(update, options: JsonBotAPI.Options) };
        if (secret is not null)
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>A command that takes 150 ms and counts how many run at once, per chat and overall.</summary>
    private sealed class SlowCommand : ICommand
    {
        private readonly Lock _gate = new();
        private readonly Dictionary<long, (int Now, int Most)> _chats = [];
        private int _now;

        public string Name => "slow";
        public Permission Permission => Permission.UseBot;
        public int MostAtOnceOverall { get; private set; }

        public int MostAtOnce(long chat)
        {
            lock (_gate)
                return _chats[chat].Most;
        }

        public async Task HandleAsync(BotContext context, CancellationToken cancellationToken)
        {
            lock (_gate)
            {
                var (now, most) = _chats.GetValueOrDefault(context.ChatId);
                _chats[context.ChatId] = (now + 1, Math.Max(most, now + 1));
                MostAtOnceOverall = Math.Max(MostAtOnceOverall, ++_now);
            }
            await Task.Delay(150, cancellationToken);
            lock (_gate)
            {
                var (now, most) = _chats[context.ChatId];
                _chats[context.ChatId] = (now - 1, most);
                _now--;
            }
            context.Reply("done");
        }
    }
}
