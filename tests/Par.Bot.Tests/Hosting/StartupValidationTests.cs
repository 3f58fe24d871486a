using Microsoft.Extensions.DependencyInjection;
using Par.Bot.Hosting;

namespace Par.Bot.Tests.Hosting;

[Collection(ConsoleCollection.Name)]
public sealed class StartupValidationTests
{
    [Theory]
    [InlineData("--Telegram:Token=", "Telegram:Token is missing")]
    [InlineData("--Telegram:Token=not-a-token", "Telegram:Token is malformed")]
    [InlineData("--Telegram:ApiBaseUrl=ftp://x", "Telegram:ApiBaseUrl")]
    [InlineData("--Bot:TimeZone=Mars/Olympus", "Bot:TimeZone")]
    [InlineData("--Bot:AdminIds:0=abc", "Bot:AdminIds:0")]
    [InlineData("--Bot:DefaultLanguage=fr", "Bot:DefaultLanguage")]
    [InlineData("--Sending:MessagesPerSecond=0", "MessagesPerSecond")]
    [InlineData("--Invites:FailuresPerUser=0", "Invites:FailuresPerUser")]
    [InlineData("--Units:Groups:1:Code=", "Units:Groups:1:Code is missing")]
    [InlineData("--Units:Groups:0:NameVi=", "Units:Groups:0:NameVi is missing")]
    [InlineData("--Units:Groups:0:Code=Sở", "Units:Groups:0:Code 'Sở' must be a short Latin word")]
    [InlineData("--Units:Groups:0:Aliases:0=Phường", "Units:Groups:1:Aliases:1 'phường' already means group 'department' (Units:Groups:0)")]
    [InlineData("--Units:Groups:1:Aliases:0=department", "Units:Groups:1:Aliases:0 'department' already means group 'department' (Units:Groups:0)")]
    [InlineData("--Portal:FetchCron=every morning", "Portal:FetchCron 'every morning' is not a valid cron expression")]
    [InlineData("--Portal:BaseUrl=ftp://portal.example", "Portal:BaseUrl 'ftp://portal.example' is not an http(s) address")]
    [InlineData("--Portal:BaseUrl=https://portal.example", "Portal:RootDepartmentId is empty")]
    [InlineData("--Portal:MaxAttempts=0", "Portal:MaxAttempts")]
    public Task Bad_setting_stops_the_host_with_one_line_naming_the_key(string setting, string expected) =>
        StopsWithOneLine(["--Bot:AdminIds:0=9001", setting], expected);

    [Fact]
    public Task No_admin_configured_stops_the_host_saying_how_to_find_an_id() =>
        StopsWithOneLine([], "Bot:AdminIds is empty: set the Telegram user id of at least one admin");

    private static async Task StopsWithOneLine(string[] settings, string expected)
    {
        var storage = Path.Combine(Path.GetTempPath(), "par-tests", Guid.NewGuid().ToString("N"), "par.db");

        var (code, line) = await RunAsync(["--Telegram:Token=123:abc", $"--Storage:Path={storage}", .. settings]);

        Assert.Equal(ParHost.ConfigurationError, code);
        Assert.Contains(expected, line);
    }

    [Theory]
    [InlineData("random bytes", "is damaged or not a LiteDB file")]
    [InlineData("text", "is cut short (78000 bytes, not a whole number of 8 KiB pages)")]
    [InlineData("text of whole pages", "is damaged or not a LiteDB file")]
    [InlineData("zero bytes", "is empty (0 bytes)")]
    [InlineData("cut below a page", "is cut short (4000 bytes, not a whole number of 8 KiB pages)")]
    [InlineData("cut inside a page", "is cut short (20580 bytes, not a whole number of 8 KiB pages)")]
    public async Task Damaged_store_stops_the_host_with_one_line_and_is_left_as_it_was(string damage, string expected)
    {
        var storage = Path.Combine(Path.GetTempPath(), "par-tests", Guid.NewGuid().ToString("N"), "par.db");
        var content = Damaged(damage, storage);
        await File.WriteAllBytesAsync(storage, content);

        var (code, line) = await RunAsync("--Telegram:Token=123:abc", $"--Storage:Path={storage}");

        Assert.Equal(ParHost.ConfigurationError, code);
        Assert.Contains($"Storage:Path '{storage}' {expected}", line);
        Assert.Contains("restore your latest backup", line);
        Assert.Equal(content, await File.ReadAllBytesAsync(storage));
    }

    [Fact]
    public async Task Shipped_appsettings_json_is_valid()
    {
        var shipped = Path.Combine(AppContext.BaseDirectory, "appsettings.json");
        Assert.True(File.Exists(shipped));
        var storage = Path.Combine(Path.GetTempPath(), "par-tests", Guid.NewGuid().ToString("N"), "par.db");

        using var host = ParHost.Build(["--Telegram:Token=123:abc", "--Bot:AdminIds:0=9001", $"--Storage:Path={storage}"]);
        await ParHost.ValidateAsync(host.Services);

        var catalog = host.Services.GetRequiredService<Par.Core.Indicators.IndicatorCatalog>();
        // The portal's index: six groups, 100 points.
        Assert.Equal(6, catalog.Groups.Count);
        Assert.Equal(100m, catalog.MaxScore);
    }

    /// <summary>Runs the bot as Program does; returns its exit code and the one line it wrote to stderr.</summary>
    private static async Task<(int Code, string Line)> RunAsync(params string[] args)
    {
        var error = new StringWriter();
        var original = Console.Error;
        Console.SetError(error);
        int code;
        try
        {
            code = await ParHost.RunAsync(args);
        }
        finally
        {
            Console.SetError(original);
        }
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("   at ", line);
        return (code, line);
    }

    /// <summary>What a store file can become: random bytes, a text file, zero bytes, a real store cut short.</summary>
    private static byte[] Damaged(string damage, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var text = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Xin chào, đây là tệp văn bản.\n", 2000)));
        switch (damage)
        {
            case "random bytes":
                var noise = new byte[6 * 8192];
                new Random(3).NextBytes(noise);
                return noise;
            case "text":
                return text;
            case "text of whole pages":
                return text[..(9 * 8192)];
            case "zero bytes":
                return [];
            default:
                using (var store = new Par.Core.Storage.ParDatabase(path))
                    store.Collection<Par.Core.Outbox.OutboxEntry>("outbox").Insert(Enumerable.Range(0, 200).Select(i => new Par.Core.Outbox.OutboxEntry { ChatId = i, Text = new string('x', 300) }));
                return File.ReadAllBytes(path)[..(damage == "cut below a page" ? 4000 : 2 * 8192 + 4196)];
        }
    }
}
