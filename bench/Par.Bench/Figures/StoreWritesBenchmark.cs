using Par.Bot.Tests.Hosting;
using Par.Core.Outbox;
using Par.Core.Storage;

namespace Par.Bench.Figures;

/// <summary>
/// What one read-only update costs the store: commits and log bytes per /help, counted by LiteDB itself over 100
/// questions from 50 people, with every reply sent and marked and the offset as the poller leaves it.
/// </summary>
public sealed class StoreWritesBenchmark : IBenchmark
{
    private const int Questions = 100;
    private const int People = 50;

    public string Name => "writes";

    public async Task<IReadOnlyList<Figure>> RunAsync(int runs)
    {
        var commits = new List<double>();
        var kilobytes = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var (c, kb) = await RunOnceAsync();
            commits.Add(c);
            kilobytes.Add(kb);
        }
        var writes = Stats.Median(commits);
        return
        [
            new Figure("store writes per read-only update (/help)", writes, "commits", "—", true, "LiteDB's own commit count; the reply sent and marked"),
            new Figure("log written per read-only update (/help)", Stats.Median(kilobytes), "KB", "—", true, "8 KB LiteDB pages appended to the log"),
        ];
    }

    private static async Task<(double Commits, double Kilobytes)> RunOnceAsync()
    {
        await using var bot = await BotHarness.StartAsync();
        var db = bot.Get<ParDatabase>();
        var warm = bot.Api.SendText(1, "/help");
        await bot.Api.WaitForMessage(1);
        await Settled(bot, warm.Id);
        // A checkpoint would start LiteDB's counts again, and 100 updates fill its 1 000-page log: none may fall inside.
        db.Database.Checkpoint();
        db.Database.Pragma("CHECKPOINT", 0);
        var (commits, log) = (StoreWrites.Commits(db), StoreWrites.LogBytes(db));
        var last = 0;
        for (var i = 0; i < Questions; i++)
        {
            var update = bot.Api.SendText(1000 + i % People, "/help");
            await bot.Api.WaitForMessage(update.Message!.Chat.Id);
            last = update.Id;
        }
        await Settled(bot, last);
        return ((StoreWrites.Commits(db) - commits) / (double)Questions, (StoreWrites.LogBytes(db) - log) / 1024.0 / Questions);
    }

    /// <summary>Every reply marked sent and the update confirmed to the fake.</summary>
    private static async Task Settled(BotHarness bot, int updateId)
    {
        await bot.Api.WaitUntilConfirmed(updateId);
        await Eventually.Until(() => bot.Get<IOutboxStore>().ListPending().Count == 0, "every reply marked sent");
    }
}
