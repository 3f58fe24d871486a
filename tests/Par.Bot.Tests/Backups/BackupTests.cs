using System.Net;
using Par.Bot.Backups;
using Par.Bot.Tests.Health;
using Par.Bot.Tests.Hosting;
using Par.Core.Members;
using Par.Core.Storage;
using Par.Core.Units;
using static Par.Bot.Tests.Broadcasts.BroadcastSteps;

namespace Par.Bot.Tests.Backups;

/// <summary>The backup and restore commands as an operator runs them, against a running or stopped host, and /backup.</summary>
public sealed class BackupTests
{
    [Fact]
    public async Task Backup_while_the_host_handles_updates_opens_with_the_same_counts()
    {
        await using var bot = await BotHarness.StartAsync();
        SeedProvince(bot, units: 20);
        using var talking = new CancellationTokenSource();
        var talk = TalkAsync(bot, talking.Token);
        var target = Path.Combine(bot.Directory, "backups", "par-manual.db");

        var (code, output) = await RunAsync(bot, "backup", target);
        await talking.CancelAsync();
        await talk;

        Assert.True(code == 0, output);
        Assert.Contains("The running bot backed up", output);
        using var copy = new ParDatabase(target);
        Assert.Equal(bot.Get<IUnitStore>().List().Count, new LiteUnitStore(copy).List().Count);
        Assert.Equal(40, copy.Collection<Member>("members").Count());
    }

    [Fact]
    public async Task Backup_of_a_stopped_bot_copies_the_store_itself()
    {
        await using var bot = await BotHarness.StartAsync();
        SeedProvince(bot, units: 3);
        await bot.StopHostAsync();
        var target = Path.Combine(bot.Directory, "par-offline.db");

        var (code, output) = await RunAsync(bot, "backup", target);

        Assert.Equal(0, code);
        Assert.Contains("the bot was not running", output);
        using var copy = new ParDatabase(target);
        Assert.Equal(3, new LiteUnitStore(copy).List().Count);
    }

    [Fact]
    public async Task Restore_puts_the_backup_back_and_keeps_the_store_it_replaced()
    {
        await using var bot = await BotHarness.StartAsync();
        SeedProvince(bot, units: 2);
        var target = Path.Combine(bot.Directory, "par-before.db");
        Assert.Equal(0, (await RunAsync(bot, "backup", target)).Code);
        bot.Seed("XA-LATE", "commune");
        var (running, refusal) = await RunAsync(bot, "restore", target);
        await bot.StopHostAsync();

        var (code, output) = await RunAsync(bot, "restore", target);
        await bot.StartHostAsync();

        Assert.Equal(1, running);
        Assert.Contains("stop it first", refusal);
        Assert.Equal(0, code);
        Assert.Contains("kept as", output);
        Assert.Equal(2, bot.Get<IUnitStore>().List().Count);
        var kept = Assert.Single(Directory.GetFiles(bot.Directory, "par.before-restore-*.db"));
        using var replaced = new ParDatabase(kept);
        Assert.Equal(3, new LiteUnitStore(replaced).List().Count);
    }

    [Theory]
    [InlineData("random bytes", "is damaged or not a LiteDB file")]
    [InlineData("empty", "is empty (0 bytes)")]
    [InlineData("another program's LiteDB file", "not a Par store")]
    public async Task Restore_refuses_a_file_that_is_not_a_sound_Par_store_and_changes_nothing(string kind, string expected)
    {
        await using var bot = await BotHarness.StartAsync();
        SeedProvince(bot, units: 2);
        await bot.StopHostAsync();
        var before = await File.ReadAllBytesAsync(bot.DatabasePath);
        var bad = Path.Combine(bot.Directory, "bad.db");
        Write(kind, bad);

        var (code, output) = await RunAsync(bot, "restore", bad);

        Assert.Equal(1, code);
        Assert.Contains(expected, output);
        Assert.Contains("The store was not changed", output);
        Assert.Equal(before, await File.ReadAllBytesAsync(bot.DatabasePath));
        Assert.Empty(Directory.GetFiles(bot.Directory, "*.restoring*"));
    }

    [Fact]
    public async Task Scheduled_backups_keep_the_latest_few_and_backup_tells_the_admin_about_the_last()
    {
        var clock = new TestClock();
        await using var bot = await BotHarness.StartAsync(new Dictionary<string, string?> { ["Backup:Keep"] = "2" }, clock);
        var backups = bot.Get<BackupService>();
        for (var i = 0; i < 3; i++)
        {
            Assert.False(backups.MakeScheduled().Failed);
            clock.Advance(TimeSpan.FromMinutes(1));
        }

        var reply = await bot.SayAsync(BotHarness.AdminId, "/backup", "en");

        Assert.Equal(2, Directory.GetFiles(backups.Folder, "par-*.db").Length);
        Assert.Contains("Last backup", reply.Text);
        Assert.Contains(Path.GetFileName(backups.LastSuccess!.Path), reply.Text);
        Assert.Contains("keeping the latest 2", reply.Text);
    }

    [Fact]
    public async Task Failed_backup_makes_the_host_not_ready_and_is_shown_to_the_admin()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SayAsync(BotHarness.AdminId, "/help", "en");
        var blocked = Path.Combine(bot.Directory, "not-a-folder");
        await File.WriteAllTextAsync(blocked, "a file where the folder should be");

        var record = bot.Get<BackupService>().Make(Path.Combine(blocked, "par.db"));
        var (status, _) = await HealthTests.GetAsync(bot, "/readyz");
        var reply = await bot.SayAsync(BotHarness.AdminId, "/backup", "en");

        Assert.True(record.Failed);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Contains("failed", reply.Text);
    }

    [Fact]
    public async Task Backup_endpoint_refuses_a_request_without_the_control_token()
    {
        await using var bot = await BotHarness.StartAsync();
        using var http = new HttpClient { BaseAddress = bot.WebAddress };

        using var response = await http.PostAsync("/backup", new StringContent($$"""{"Path":"{{Path.Combine(bot.Directory, "x.db")}}"}"""));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(File.Exists(Path.Combine(bot.Directory, "x.db")));
    }

    private static async Task<(int Code, string Output)> RunAsync(BotHarness bot, string verb, string path)
    {
        var output = new StringWriter();
        var web = bot.IsRunning ? bot.WebAddress.ToString() : "http://127.0.0.1:9";
        var code = await BackupCommandLine.RunAsync([verb, path, $"--Storage:Path={bot.DatabasePath}", $"--Web:Urls={web}"], output, output);
        return (code, output.ToString());
    }

    /// <summary>Units with a head and a deputy each, written straight to the store.</summary>
    private static void SeedProvince(BotHarness bot, int units)
    {
        for (var u = 0; u < units; u++)
            bot.Seed($"XA-{u:00}", "commune", Head(5000 + u * 2), Deputy(5001 + u * 2));
    }

    /// <summary>People asking for help all the while, so the backup runs beside real writes.</summary>
    private static async Task TalkAsync(BotHarness bot, CancellationToken stop)
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            bot.Api.SendText(7000 + i % 50, "/help", "en");
            await Task.Delay(5, CancellationToken.None);
        }
    }

    private static void Write(string kind, string path)
    {
        switch (kind)
        {
            case "random bytes":
                File.WriteAllBytes(path, [.. Enumerable.Range(0, 8192 * 3).Select(i => (byte)(i * 7919 % 251))]);
                break;
            case "empty":
                File.WriteAllBytes(path, []);
                break;
            default:
                using (var other = new LiteDB.LiteDatabase(path))
                    other.GetCollection("customers").Insert(new LiteDB.BsonDocument { ["name"] = "An" });
                break;
        }
    }
}
