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
    public Task Bad_setting_stops_the_host_with_one_line_naming_the_key(string setting, string expected) =>
        StopsWithOneLine(["--Bot:AdminIds:0=9001", setting], expected);

    [Fact]
    public Task No_admin_configured_stops_the_host_saying_how_to_find_an_id() =>
        StopsWithOneLine([], "Bot:AdminIds is empty: set the Telegram user id of at least one admin");

    private static async Task StopsWithOneLine(string[] settings, string expected)
    {
        var error = new StringWriter();
        var original = Console.Error;
        Console.SetError(error);
        int code;
        try
        {
            var storage = Path.Combine(Path.GetTempPath(), "par-tests", Guid.NewGuid().ToString("N"), "par.db");
            code = await ParHost.RunAsync(["--Telegram:Token=123:abc", $"--Storage:Path={storage}", .. settings]);
        }
        finally
        {
            Console.SetError(original);
        }

        Assert.Equal(ParHost.ConfigurationError, code);
        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(lines);
        Assert.Contains(expected, line);
        Assert.DoesNotContain("   at ", line);
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
        Assert.Equal(8, catalog.Items.Count);
        Assert.Equal(100m, catalog.MaxScore);
    }
}
