using System.Diagnostics;
using Par.Bot.Handlers.Broadcasts;
using Par.Bot.Tests.Hosting;
using Par.Core.Broadcasts;
using Par.Core.Members;
using Par.Core.Units;

namespace Par.Bench.Figures;

/// <summary>
/// A broadcast to 1 000 members at the configured 25 messages/s, against a fake Bot API that answers 429 above
/// 30 messages/s, while a person outside the audience sends /help every 2 s and waits for the reply.
/// </summary>
public sealed class BroadcastBenchmark : IBenchmark
{
    private const int Recipients = 1000;
    private const int Rate = 25;
    private const long Admin = BotHarness.AdminId;
    private const long Bystander = 77;

    public string Name => "broadcast";

    public async Task<IReadOnlyList<Figure>> RunAsync(int runs)
    {
        var durations = new List<double>();
        var rates = new List<double>();
        var limited = new List<double>();
        var replyP99s = new List<double>();
        for (var run = 0; run < Math.Min(runs, 3); run++)
        {
            var (seconds, refused, replies) = await RunOnceAsync();
            durations.Add(seconds);
            rates.Add(Recipients / seconds);
            limited.Add(refused);
            replyP99s.Add(Stats.Percentile(replies, 99));
        }
        var duration = Stats.Median(durations);
        var rate = Stats.Median(rates);
        var p99 = Stats.Median(replyP99s);
        var note = $"{Recipients} recipients, Sending:MessagesPerSecond={Rate}, fake refuses above 30/s";
        return
        [
            new Figure("broadcast to 1 000: time to deliver", duration, "s", $"< {Recipients / Rate + 5} s", duration < Recipients / Rate + 5, note),
            new Figure("broadcast achieved rate", rate, "msg/s", $"≥ {Rate * 0.95:0.##}/s (95 %)", rate >= Rate * 0.95, note),
            new Figure("429s received during the broadcast", Stats.Median(limited), "", "0", limited.All(l => l == 0), note),
            new Figure("reply p99 during the broadcast", p99, "ms", "< 1000 ms", p99 < 1000, "a /help every 2 s from someone outside the audience"),
        ];
    }

    private static async Task<(double Seconds, int Refused, List<double> Replies)> RunOnceAsync()
    {
        await using var bot = await BotHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Sending:MessagesPerSecond"] = Rate.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Sending:PerChatIntervalMs"] = "1000",
        });
        bot.Api.SendRateLimitPerSecond = 30;
        Seed(bot);
        var launched = bot.Get<BroadcastLauncher>().Launch(new BroadcastRequest
        {
            Id = BroadcastKeys.NewId(),
            AdminChatId = Admin,
            Html = "<b>Thông báo</b>: lịch làm việc tuần tới của UBND tỉnh.",
            Audience = new BroadcastAudience { Scope = AudienceScope.All },
        }) ?? throw new InvalidOperationException("The broadcast was not launched.");
        var replies = new List<double>();
        var store = bot.Get<IBroadcastStore>();
        while (store.Find(launched.Id)?.FinishedUtc is null)
        {
            var asked = Stopwatch.StartNew();
            await bot.SayAsync(Bystander, "/help");
            replies.Add(asked.Elapsed.TotalMilliseconds);
            await Task.Delay(TimeSpan.FromSeconds(2) - asked.Elapsed > TimeSpan.Zero ? TimeSpan.FromSeconds(2) - asked.Elapsed : TimeSpan.Zero);
        }
        var delivered = bot.Api.AllSent.Where(m => m.ChatId >= 100_000).ToList();
        var seconds = (delivered.Max(m => m.At) - delivered.Min(m => m.At)).TotalSeconds + 1.0 / Rate;
        if (delivered.Count != Recipients)
            throw new InvalidOperationException($"{delivered.Count} of {Recipients} delivered");
        return (seconds, bot.Api.RateLimitedCount, replies);
    }

    private static void Seed(BotHarness bot)
    {
        var units = bot.Get<IUnitStore>();
        var members = bot.Get<IMemberStore>();
        for (var u = 0; u < 100; u++)
        {
            var code = $"U{u:000}";
            units.Upsert(new Unit { Code = code, Name = $"Đơn vị {u}", Group = "commune" });
            for (var m = 0; m < Recipients / 100; m++)
            {
                var id = 100_000 + u * 100 + m;
                members.Upsert(new Member { UserId = id, ChatId = id, UnitCode = code, UnitRole = m == 0 ? Role.Head : Role.Deputy, Name = $"Cán bộ {id}" });
            }
        }
    }
}
