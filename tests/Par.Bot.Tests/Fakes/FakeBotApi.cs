using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Types;

namespace Par.Bot.Tests.Fakes;

/// <summary>An in-process Telegram Bot API on loopback HTTP for end-to-end tests: the real bot talks to it through
/// <c>new TelegramBotClient(new TelegramBotClientOptions(api.Token, api.BaseUrl))</c>, tests play the people.</summary>
public sealed class FakeBotApi : IAsyncDisposable
{
    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(10);

    private readonly CancellationTokenSource _stopping = new();
    private readonly TimeProvider _clock;
    private readonly FakeUpdateQueue _updates = new();
    private readonly FakeSentLog _sent = new();
    private readonly FakeFileStore _files = new();
    private readonly FakeMessageStore _messages = new();
    private readonly FakeCommandMenu _commands = new();
    private readonly ConcurrentDictionary<long, User> _people = new();
    private readonly FakeApiEndpoint _endpoint;
    private readonly FakeWebhook _webhook;
    private readonly WebApplication _app;
    private int _disposed;

    private FakeBotApi(string token, TimeProvider clock)
    {
        Token = token;
        BotId = long.Parse(token.Split(':')[0], CultureInfo.InvariantCulture);
        this._clock = clock;
        var send = new FakeSendMethods(_messages, _files, _sent, BotUser, clock);
        _webhook = new FakeWebhook(_updates, _stopping.Token);
        var methods = new FakeMethods(_updates, _webhook, _commands, _files, _messages, send, BotUser);
        _endpoint = new FakeApiEndpoint(token, methods, _files, clock, _stopping.Token);
        _app = BuildApp(_endpoint);
    }

    public string Token { get; }

    /// <summary>Like <c>http://127.0.0.1:12345</c>; pass it as TelegramBotClientOptions' baseUrl.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>The number before ':' in the token, as Telegram uses it for the bot's user id.</summary>
    public long BotId { get; }

    public string BotUsername { get; set; } = "par_test_bot";

    /// <summary>Asked for every request before it is handled (concurrently, so keep counters thread-safe);
    /// a non-null fault is answered instead (after handling, for <see cref="FakeFault.HandlesRequest"/>). <see cref="FakeCall.Method"/>
    /// is "downloadFile" for file downloads.</summary>
    public Func<FakeCall, FakeFault?>? Faults
    {
        get => _endpoint.Faults;
        set => _endpoint.Faults = value;
    }

    /// <summary>Telegram's flood limit: more than this many sendMessage/sendPhoto/sendDocument calls in any rolling
    /// second are refused with 429, retry_after 1. Null (the default) means no limit. Faults are asked first.</summary>
    public int? SendRateLimitPerSecond
    {
        get => _endpoint.FloodLimit.Limit;
        set => _endpoint.FloodLimit.Limit = value;
    }

    /// <summary>How many 429s the flood limit has answered.</summary>
    public int RateLimitedCount => _endpoint.FloodLimit.Rejected;

    /// <summary>The highest getUpdates offset received: every update with a lower id is confirmed and gone.</summary>
    public int ConfirmedOffset => _updates.ConfirmedOffset;

    public int PendingUpdateCount => _updates.PendingCount;

    /// <summary>Every request received, failed ones included, in arrival order.</summary>
    public IReadOnlyList<FakeCall> Calls => _endpoint.Calls;

    public IReadOnlyList<SentMessage> AllSent => _sent.All;

    /// <summary>The chats the bot sent, edited or deleted a message in since <paramref name="mark"/> (an earlier <c>AllSent.Count</c>), in id order; button answers are not messages.</summary>
    public IReadOnlyList<long> ChatsMessagedSince(int mark) =>
        [.. AllSent.Skip(mark).Where(m => m.Method != "answerCallbackQuery").Select(m => m.ChatId).Distinct().Order()];

    public IReadOnlyList<SetCommandsCall> CommandCalls => _commands.Calls;

    /// <summary>The URL setWebhook registered, or null while the bot polls (after deleteWebhook).</summary>
    public string? WebhookUrl => _webhook.Url;

    /// <summary>The secret_token setWebhook registered, sent with every delivery.</summary>
    public string? WebhookSecret => _webhook.Secret;

    /// <summary>The HTTP status of each webhook delivery attempt, in order (0: no answer).</summary>
    public IReadOnlyList<int> WebhookAnswers => _webhook.Answers;

    /// <summary>Whether the update was delivered by webhook (answered 2xx).</summary>
    public bool WasDelivered(Update update) => _updates.WasDelivered(update.Id);

    public static async Task<FakeBotApi> StartAsync(string token = "123:TEST", TimeProvider? clock = null)
    {
        var api = new FakeBotApi(token, clock ?? TimeProvider.System);
        await api._app.StartAsync();
        var addresses = api._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        api.BaseUrl = addresses.Addresses.Single().TrimEnd('/');
        return api;
    }

    /// <summary>Queues a raw update for hostile cases (groups, edits, channel posts, stickers…); an id of 0 is assigned.</summary>
    public Update Enqueue(Update update) => _updates.Enqueue(update);

    /// <summary>After a week without updates Telegram numbers the next update at random: the next one queued gets
    /// <paramref name="nextId"/>, which may be below the offset the bot confirmed, and that old offset confirms nothing.</summary>
    public void RenumberUpdates(int nextId) => _updates.Renumber(nextId);

    /// <summary>A person writes in their private chat with the bot (chat id = user id); "/command" gets a bot_command entity.
    /// Language and name are remembered for the person's later documents and button presses.</summary>
    public Update SendText(long userId, string text, string? languageCode = "vi", string? firstName = null)
    {
        var person = _people[userId] = FakeChats.Person(userId, languageCode, firstName);
        return _updates.Enqueue(IncomingUpdates.Text(_messages.NextMessageId(), person, text, Now));
    }

    public Update SendDocument(long userId, byte[] content, string fileName, string? caption = null)
    {
        var file = _files.AddDocument(content, fileName);
        return _updates.Enqueue(IncomingUpdates.Document(_messages.NextMessageId(), Person(userId), file, caption, Now));
    }

    /// <summary>A person sends a photo (Telegram's sizes, largest last), with an optional caption.</summary>
    public Update SendPhoto(long userId, byte[] content, string? caption = null)
    {
        var file = _files.AddPhoto(content, "photo.jpg");
        return _updates.Enqueue(IncomingUpdates.Photo(_messages.NextMessageId(), Person(userId), file, caption, Now));
    }

    /// <summary>A person presses an inline button under the bot's message <paramref name="messageId"/> in their chat.
    /// The data need not be on the current keyboard: people press stale buttons.</summary>
    public Update PressButton(long userId, int messageId, string callbackData)
    {
        var botMessage = _messages.Find(userId, messageId)?.Message
            ?? throw new InvalidOperationException($"The bot has no message {messageId} in chat {userId} to press a button on.");
        var callbackId = _messages.OpenCallback(userId, messageId);
        return _updates.Enqueue(IncomingUpdates.ButtonPress(callbackId, Person(userId), botMessage, callbackData));
    }

    /// <summary>Makes a file Telegram holds, as if a person had sent it; returns its file_id.</summary>
    public string RegisterFile(byte[] content, string fileName) => _files.AddDocument(content, fileName).FileId;

    /// <summary>The earliest message to the chat, matching <paramref name="predicate"/>, that no earlier Wait call
    /// returned; it may have been sent before this call. Times out (default 10 s) listing what the chat received.</summary>
    public Task<SentMessage> WaitForMessage(long chatId, Func<SentMessage, bool>? predicate = null, TimeSpan? timeout = null) =>
        _sent.TakeNext(chatId, predicate ?? (_ => true), timeout ?? DefaultWait);

    /// <summary>The next <paramref name="count"/> messages to the chat that no earlier Wait call returned.</summary>
    public Task<IReadOnlyList<SentMessage>> WaitForMessages(long chatId, int count, TimeSpan? timeout = null) =>
        _sent.TakeNext(chatId, count, timeout ?? DefaultWait);

    /// <summary>Completes once the bot has polled with an offset above <paramref name="updateId"/>,
    /// i.e. it has finished with that update.</summary>
    public Task WaitUntilConfirmed(int updateId, TimeSpan? timeout = null) =>
        _updates.WaitUntilConfirmed(updateId, timeout ?? DefaultWait);

    public IReadOnlyList<SentMessage> SentTo(long chatId) => _sent.To(chatId);

    /// <summary>Forgets sent messages, calls, setMyCommands calls and the flood-limit count; updates and chats stay.</summary>
    public void Clear()
    {
        _sent.Clear();
        _endpoint.ClearCalls();
        _commands.ClearCalls();
        _endpoint.FloodLimit.Reset();
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
            return;
        // Ends pending long polls with an empty result first, so stopping Kestrel does not wait for them.
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _webhook.Dispose();
        _stopping.Dispose();
    }

    private DateTime Now => _clock.GetUtcNow().UtcDateTime;

    private User Person(long userId) => _people.GetOrAdd(userId, id => FakeChats.Person(id, "vi", null));

    private User BotUser() => new()
    {
        Id = BotId,
        IsBot = true,
        FirstName = "Par",
        Username = BotUsername,
        CanJoinGroups = true,
    };

    private static WebApplication BuildApp(FakeApiEndpoint endpoint)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var app = builder.Build();
        app.Map("/bot{token}/{method}", endpoint.HandleApiAsync);
        app.MapGet("/file/bot{token}/{**path}", endpoint.HandleFileAsync);
        return app;
    }
}
