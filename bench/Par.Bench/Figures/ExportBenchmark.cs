using Par.Bot.Tests.Hosting;
using Par.Core.Indicators;
using Par.Core.Reports;
using Par.Core.Units;

namespace Par.Bench.Figures;

/// <summary>
/// What an admin feels of the long answers now built in the background, for a commune group of 100 units: /top's
/// leaderboard text and its picture, /export's acknowledgement and its two documents, and /help sent right after
/// /export (it must not wait for the table). Each from the update entering the fake Bot API to the message leaving it.
/// </summary>
public sealed class ExportBenchmark : IBenchmark
{
    private const int Units = 100;
    private const long Other = 4242;

    public string Name => "exports";

    public async Task<IReadOnlyList<Figure>> RunAsync(int runs)
    {
        await using var bot = await BotHarness.StartAsync();
        RankingSandbox.Fill(bot.Get<IUnitStore>(), bot.Get<IReportStore>(), bot.Get<IndicatorCatalog>(), Units);
        var admin = BotHarness.AdminId;
        var (board, picture, acknowledged, documents, help) = (new List<double>(), new List<double>(), new List<double>(), new List<double>(), new List<double>());
        // The first of each warms the JIT, ScottPlot and MiniExcel; it is not counted.
        for (var run = 0; run <= runs * 2; run++)
        {
            var sent = bot.Clock.GetUtcNow();
            // The leaderboard of 100 units comes in two messages; its first is timed.
            bot.Api.SendText(admin, $"/top {RankingSandbox.Group} {RankingSandbox.Period}");
            var text = await bot.Api.WaitForMessage(admin, m => m.Text?.StartsWith("<b>Bảng xếp hạng", StringComparison.Ordinal) == true);
            var photo = await bot.Api.WaitForMessage(admin, m => m.Method == "sendPhoto");

            var asked = bot.Clock.GetUtcNow();
            bot.Api.SendText(admin, $"/export {RankingSandbox.Period}");
            bot.Api.SendText(Other, "/help");
            var acknowledgement = await bot.Api.WaitForMessage(admin, m => m.Text?.StartsWith('⏳') == true);
            var helped = await bot.Api.WaitForMessage(Other);
            await bot.Api.WaitForMessage(admin, m => m.Method == "sendDocument");
            var csv = await bot.Api.WaitForMessage(admin, m => m.Method == "sendDocument");
            await bot.Api.WaitForMessage(admin, m => m.MessageId == acknowledgement.MessageId && m.Text?.StartsWith('✅') == true);
            if (run == 0)
                continue;
            board.Add((text.At - sent).TotalMilliseconds);
            picture.Add((photo.At - sent).TotalMilliseconds);
            acknowledged.Add((acknowledgement.At - asked).TotalMilliseconds);
            documents.Add((csv.At - asked).TotalMilliseconds);
            help.Add((helped.At - asked).TotalMilliseconds);
            // One person asking now and then, not a load test: Telegram's per-chat pacing (1 s) is not what this measures.
            await Task.Delay(1100);
        }
        return
        [
            new Figure("/top 100 units: leaderboard text", Stats.Median(board), "ms", "—", true, "update in → text out; the chart is drawn in the background"),
            new Figure("/top 100 units: its picture", Stats.Median(picture), "ms", "—", true, "update in → photo out (drawn by ScottPlot off the update loop)"),
            new Figure("/export 100 units: acknowledgement", Stats.Median(acknowledged), "ms", "—", true, "update in → \"⏳ building the table\" out"),
            new Figure("/export 100 units: both documents", Stats.Median(documents), "ms", "—", true, "update in → CSV out (XLSX before it)"),
            new Figure("/help from another user sent with /export", Stats.Median(help), "ms", "—", true, "not held up by the table being built"),
        ];
    }
}
