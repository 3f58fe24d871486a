using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Par.Bot.Hosting;
using Par.Bot.Tests.Fakes;

namespace Par.Bot.Tests.Hosting;

/// <summary>
/// The real host (polling, gateway, LiteDB file, scheduler) against the fake Bot API on loopback.
/// A person is simulated through <see cref="Api"/>: send a message, press a button, read what the bot sent.
/// </summary>
public sealed class BotHarness : IAsyncDisposable
{
    public const long AdminId = 9001;
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;
    private IHost? _host;

    private BotHarness(FakeBotApi api, TestClock clock, string directory, Dictionary<string, string?> settings, Action<IServiceCollection>? services)
    {
        _services = services;
        Api = api;
        Clock = clock;
        Directory = directory;
        _settings = settings;
    }

    public FakeBotApi Api { get; }
    public TestClock Clock { get; }
    public string Directory { get; }
    public string DatabasePath => Path.Combine(Directory, "par.db");
    public bool IsRunning => _host is not null;

    public IServiceProvider Services => _host?.Services ?? throw new InvalidOperationException("The host is not running.");

    /// <summary>The bot's own HTTP endpoint (health, metrics, webhook), like <c>http://127.0.0.1:12345</c>.</summary>
    public Uri WebAddress => new(Get<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    /// <param name="services">Extra registrations, e.g. a test-only command.</param>
    public static async Task<BotHarness> StartAsync(IDictionary<string, string?>? settings = null, TestClock? clock = null, Action<IServiceCollection>? services = null)
    {
        var api = await FakeBotApi.StartAsync();
        var directory = Path.Combine(Path.GetTempPath(), "par-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        var all = new Dictionary<string, string?>
        {
            ["Telegram:Token"] = api.Token,
            ["Telegram:ApiBaseUrl"] = api.BaseUrl,
            ["Telegram:PollTimeoutSeconds"] = "1",
            ["Storage:Path"] = Path.Combine(directory, "par.db"),
            ["Bot:AdminIds:0"] = AdminId.ToString(),
            ["Sending:PerChatIntervalMs"] = "0",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Web:Urls"] = "http://127.0.0.1:0",
            ["Backup:Folder"] = Path.Combine(directory, "backups"),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            all[key] = value;
        var harness = new BotHarness(api, clock ?? new TestClock(), directory, all, services);
        await harness.StartHostAsync();
        return harness;
    }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Changes a setting for the next <see cref="StartHostAsync"/> (switching modes across a restart).</summary>
    public void Set(string key, string? value) => _settings[key] = value;

    /// <summary>
    /// Settings for webhook mode on a free loopback port: Telegram (the fake) must know the URL before the host starts,
    /// so the port cannot be Kestrel's pick.
    /// </summary>
    public static Dictionary<string, string?> WebhookSettings(string path = "/telegram/hook")
    {
        using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        var port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return new Dictionary<string, string?>
        {
            ["Telegram:Mode"] = "webhook",
            ["Telegram:WebhookUrl"] = $"http://127.0.0.1:{port}{path}",
            ["Web:Urls"] = $"http://127.0.0.1:{port}",
        };
    }

    /// <summary>Sends a text as <paramref name="userId"/> and returns the bot's next message to that chat.</summary>
    public async Task<SentMessage> SayAsync(long userId, string text, string language = "vi")
    {
        Api.SendText(userId, text, language);
        return await Api.WaitForMessage(userId);
    }

    /// <summary>Presses a button of a bot message and returns the bot's next message (or edit) to that chat, skipping the callback's answer.</summary>
    public async Task<SentMessage> PressAsync(long userId, SentMessage message, string buttonText)
    {
        var button = message.Buttons.FirstOrDefault(b => b.Text.Contains(buttonText, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"No button '{buttonText}' in: {string.Join(" | ", message.Buttons.Select(b => b.Text))}");
        Api.PressButton(userId, message.MessageId, button.CallbackData!);
        await Api.WaitForMessage(userId, m => m.Method == "answerCallbackQuery");
        return await Api.WaitForMessage(userId, m => m.Method != "answerCallbackQuery");
    }

    /// <summary>Presses a button of a bot message and returns the short answer shown to the presser.</summary>
    public async Task<SentMessage> PressForAnswerAsync(long userId, SentMessage message, string buttonText)
    {
        var button = message.Buttons.First(b => b.Text.Contains(buttonText, StringComparison.OrdinalIgnoreCase));
        Api.PressButton(userId, message.MessageId, button.CallbackData!);
        return await Api.WaitForMessage(userId, m => m.Method == "answerCallbackQuery");
    }

    /// <summary>Stops the host gracefully and starts a new one on the same store and fake API.</summary>
    public async Task RestartAsync()
    {
        await StopHostAsync();
        await StartHostAsync();
    }

    public async Task StopHostAsync()
    {
        if (_host is null)
            return;
        await _host.StopAsync(TimeSpan.FromSeconds(10));
        _host.Dispose();
        _host = null;
    }

    public async Task StartHostAsync()
    {
        _host = ParHost.Build([], builder => Configure(builder, _services));
        await ParHost.ValidateAsync(_host.Services);
        await _host.StartAsync();
    }

    /// <summary>
    /// Runs the bot as <c>Program</c> does, on the same store and fake API, until it stops by itself; the exit code.
    /// The host is not stopped by the harness, so stop the one <see cref="StartAsync"/> began first.
    /// </summary>
    public Task<int> RunUntilExitAsync(Action<IServiceCollection>? services = null) =>
        ParHost.RunAsync([], builder => Configure(builder, _services + services));

    private void Configure(IHostApplicationBuilder builder, Action<IServiceCollection>? services)
    {
        // Tests state every setting they rely on; the shipped appsettings.json is checked by its own test.
        foreach (var json in builder.Configuration.Sources.OfType<Microsoft.Extensions.Configuration.Json.JsonConfigurationSource>().ToList())
            builder.Configuration.Sources.Remove(json);
        builder.Configuration.AddInMemoryCollection(_settings);
        builder.Services.RemoveAll<TimeProvider>();
        builder.Services.AddSingleton<TimeProvider>(Clock);
        services?.Invoke(builder.Services);
    }

    public async ValueTask DisposeAsync()
    {
        await StopHostAsync();
        await Api.DisposeAsync();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
