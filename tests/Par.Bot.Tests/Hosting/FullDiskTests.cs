using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Par.Bot.Hosting;
using Par.Core.Storage;
using Par.Core.Tests.Storage;

namespace Par.Bot.Tests.Hosting;

/// <summary>The disk under the store filling up while the bot runs, as on a server whose logs grew unchecked.</summary>
public sealed class FullDiskTests
{
    private static readonly long[] Users = [71, 72, 73, 74, 75];

    [Fact]
    public async Task A_full_disk_stops_Par_with_the_store_failure_code_and_after_space_returns_every_request_is_answered_once()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SayAsync(Users[0], "/help", "en");
        await bot.StopHostAsync();
        var disk = new LimitedDisk();
        var calls = bot.Api.Calls.Count;
        var mark = bot.Api.AllSent.Count;
        var logs = new LogCapture();
        var running = bot.RunUntilExitAsync(services => services
            .AddSingleton<ILoggerProvider>(logs)
            .Replace(ServiceDescriptor.Singleton(sp => new ParDatabase(sp.GetRequiredService<IOptions<StorageOptions>>().Value.Path, disk.Open))));
        await Eventually.Until(() => bot.Api.Calls.Skip(calls).Any(c => c.Method == "getUpdates"), "polling");

        disk.Fill();
        var updates = Users.Select(user => bot.Api.SendText(user, "/help", "en")).ToList();
        var exitCode = await running.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(ParHost.StoreFailure, exitCode);
        // One clear line for the operator, not a stack trace per component that noticed.
        var critical = Assert.Single(logs.Lines, line => line.Level >= LogLevel.Error);
        Assert.Equal(LogLevel.Critical, critical.Level);
        Assert.Contains("No space left on device", critical.Message);
        Assert.Empty(bot.Api.ChatsMessagedSince(mark));
        Assert.True(bot.Api.ConfirmedOffset <= updates.Min(u => u.Id), "an update unhandled was confirmed");

        disk.Free();
        await bot.StartHostAsync();
        foreach (var user in Users)
            await bot.Api.WaitForMessage(user);
        await Eventually.Until(() => bot.Api.ConfirmedOffset > updates.Max(u => u.Id), "the updates confirmed");

        Assert.Equal(2, bot.Api.SentTo(Users[0]).Count);
        Assert.All(Users.Skip(1), user => Assert.Single(bot.Api.SentTo(user)));
    }

    [Fact]
    public async Task A_units_import_that_fills_the_disk_stops_Par_and_after_space_returns_is_imported_once_with_nothing_lost()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.StopHostAsync();
        var disk = new LimitedDisk();
        var calls = bot.Api.Calls.Count;
        var running = bot.RunUntilExitAsync(services => services.Replace(ServiceDescriptor.Singleton(sp =>
            new ParDatabase(sp.GetRequiredService<IOptions<StorageOptions>>().Value.Path, disk.Open))));
        await Eventually.Until(() => bot.Api.Calls.Skip(calls).Any(c => c.Method == "getUpdates"), "polling");

        // The reproduction's 208 KiB: enough for the acknowledgement, not for 20 000 units.
        disk.LeaveFree(208 * 1024);
        bot.Api.SendDocument(BotHarness.AdminId, FileImports.UnitsCsv(20_000), "don-vi.csv");
        var exitCode = await running.WaitAsync(TimeSpan.FromSeconds(120));

        Assert.Equal(ParHost.StoreFailure, exitCode);
        disk.Free();
        await bot.StartHostAsync();
        var answer = await bot.Api.ImportAnswerAsync(BotHarness.AdminId, TimeSpan.FromSeconds(120));
        var help = await bot.SayAsync(Users[0], "/help", "en");

        Assert.Contains("thêm mới 20000", Assert.Single(answer).Text);
        Assert.Contains("/start", help.Text);
        Assert.Equal(20_000, bot.Get<Par.Core.Units.IUnitStore>().List().Count);
    }
}
