using System.Diagnostics;
using Par.Bot.Tests.Hosting;
using Par.Bot.Tests.Portal;

namespace Par.Bench.Figures;

/// <summary>
/// The portal's six responses of a 200-unit province imported through the bot (one ZIP, update in at the fake →
/// answer out at the fake: download, parse, join, score, store), and /rank on the imported figures end to end.
/// </summary>
public sealed class PortalBenchmark : IBenchmark
{
    private const int Units = 200;

    public string Name => "portal";

    public async Task<IReadOnlyList<Figure>> RunAsync(int runs)
    {
        await using var bot = await PortalBot.StartAsync();
        var zip = PortalProvince.Zip(Units);
        bot.Api.SendDocument(BotHarness.AdminId, zip, "province.zip", "2026-10");
        var first = await bot.Api.WaitForMessage(BotHarness.AdminId);
        await bot.PressAsync(BotHarness.AdminId, first, "Tạo");

        var imports = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            // The bot's clock is set to November 2026, so the time is taken here rather than from the fake's stamps.
            var clock = Stopwatch.StartNew();
            bot.Api.SendDocument(BotHarness.AdminId, zip, "province.zip", "2026-10");
            var answer = await bot.Api.WaitForMessage(BotHarness.AdminId);
            if (!answer.Text!.Contains($"{Units} đơn vị", StringComparison.Ordinal))
                throw new InvalidOperationException($"Unexpected answer: {answer.Text}");
            imports.Add(clock.Elapsed.TotalMilliseconds);
            await Task.Delay(100);
        }

        var ranks = new List<double>();
        for (var i = 0; i < runs * 10; i++)
        {
            var clock = Stopwatch.StartNew();
            var reply = await bot.SayAsync(BotHarness.AdminId, "/rank H99.042 2026-10");
            if (!reply.Text!.Contains("Theo nhóm chỉ số", StringComparison.Ordinal))
                throw new InvalidOperationException($"Unexpected answer: {reply.Text}");
            ranks.Add(clock.Elapsed.TotalMilliseconds);
            // One person asking now and then: the gateway spaces sends 1/25 s apart, which is not what this measures.
            await Task.Delay(100);
        }

        var import = Stats.Median(imports);
        var rank = Stats.Median(ranks);
        return
        [
            new Figure("import the portal's six responses, 200-unit province", import, "ms", "< 1000 ms", import < 1000, "one ZIP through the host: download, parse, join, score, store, answer"),
            new Figure("/rank on imported portal figures end to end", rank, "ms", "< 20 ms", rank < 20, "200 units (16 metrics each); ranks this period and the previous one"),
        ];
    }
}
