using System.Globalization;
using Par.Bot.Tests.Fakes;
using Par.Bot.Tests.Hosting;
using Par.Core.Members;
using Par.Core.Units;

namespace Par.Bench.Figures;

/// <summary>
/// The bot as people meet it, at its default settings and as its own process, against a fake Bot API that refuses
/// (429, retry_after 1) any send that would make more than 30 in a rolling second, as Telegram does: /help from 50
/// people one after another, then again while a broadcast goes to 1 000 members, with the process's resident memory
/// idle, after those replies and at its peak during the broadcast.
/// </summary>
/// <remarks>
/// One question every 50 ms (20 a second, within Telegram's 30: faster, and the window rightly holds replies back)
/// from 50 people in turn, each waiting for the answer; while the broadcast sends, one every 500 ms. Latency runs from
/// the update's arrival at the fake to the reply's arrival there.
/// </remarks>
public sealed class ReplyLatencyBenchmark : IBenchmark
{
    private const int Recipients = 1000;
    private const int Askers = 50;
    private const int Questions = 200;
    private const int WarmUp = 100;
    private const int TelegramLimit = 30;
    private const long Admin = 9001;
    private const long FirstAsker = 1000;
    private const long FirstRecipient = 100_000;
    private static readonly TimeSpan QuestionGap = TimeSpan.FromMilliseconds(50);
    /// <summary>Two questions a second while the broadcast sends: a busy office, within the reserve for replies.</summary>
    private static readonly TimeSpan BusyQuestionGap = TimeSpan.FromMilliseconds(500);
    private const int ExtraReserve = 1;

    public string Name => "replies";

    public async Task<IReadOnlyList<Figure>> RunAsync(int runs)
    {
        var results = new List<Run>();
        var alone = new List<(double Rate, int Refused)>();
        for (var run = 0; run < Math.Min(runs, 3); run++)
        {
            results.Add(await RunOnceAsync());
            alone.Add(await BroadcastAloneAsync(ExtraReserve));
        }
        double M(Func<Run, double> f) => Stats.Median(results.Select(f));
        var p50 = M(r => r.SequentialP50);
        var p99 = M(r => r.SequentialP99);
        var busyP99 = M(r => r.BroadcastP99);
        var idle = M(r => r.IdleMb);
        var after = M(r => r.AfterRepliesMb);
        var peak = M(r => r.PeakMb);
        var rate = M(r => r.Rate);
        var refused = M(r => r.Refused);
        const string defaults = "default settings, bot as its own process";
        return
        [
            new Figure("/help → reply p50, 50 people one after another", p50, "ms", "≤ 3 ms", p50 <= 3, $"{Questions} questions, one every {QuestionGap.TotalMilliseconds:0} ms, after {WarmUp} warm-up (JIT tiering); {defaults}"),
            new Figure("/help → reply p99, 50 people one after another", p99, "ms", "≤ 10 ms", p99 <= 10, $"{Questions} questions, one every {QuestionGap.TotalMilliseconds:0} ms, after {WarmUp} warm-up (JIT tiering); {defaults}"),
            new Figure("/help → reply p99 during a 1 000 broadcast", busyP99, "ms", "≤ 50 ms", busyP99 <= 50, $"{results[0].BroadcastReplies} questions from the same 50 people, one every {BusyQuestionGap.TotalMilliseconds:0} ms, while it sends"),
            new Figure("resident memory, idle after start", idle, "MB", "≤ 70 MB", idle <= 70, "3 s after the first getUpdates"),
            new Figure("resident memory after 200 replies", after, "MB", "—", true, defaults),
            new Figure("resident memory, peak during the broadcast", peak, "MB", "≤ 150 MB", peak <= 150, "sampled every 50 ms"),
            new Figure("broadcast rate at the default MessagesPerSecond", rate, "msg/s", "≥ 28.5/s", rate >= 28.5, $"{Recipients} recipients, first to last delivery; fake refuses above {TelegramLimit}/s"),
            new Figure("429s during the run", refused, "", "0", results.All(r => r.Refused == 0), "replies, progress edits and the broadcast"),
            new Figure($"broadcast rate with ReplyReserve={ExtraReserve}", Stats.Median(alone.Select(a => a.Rate)), "msg/s", "—", true, $"the broadcast alone; {alone.Sum(a => a.Refused)} × 429 in all runs"),
        ];
    }

    private static async Task<Run> RunOnceAsync()
    {
        await using var bot = await StartedBot.StartAsync();
        var api = bot.Api;
        await Task.Delay(TimeSpan.FromSeconds(3));
        var idle = bot.Process.ResidentMegabytes();
        var people = new People(api);
        for (var i = 0; i < WarmUp; i++)
            await people.AskAsync(FirstAsker + Askers + i, QuestionGap);
        var sequential = new List<double>();
        for (var i = 0; i < Questions; i++)
            sequential.Add(await people.AskAsync(FirstAsker + i % Askers, QuestionGap));
        var afterReplies = bot.Process.ResidentMegabytes();

        await LaunchBroadcastAsync(api);
        using var sampling = new CancellationTokenSource();
        var peak = SamplePeakAsync(bot.Process, sampling.Token);
        var during = new List<double>();
        for (var i = 0; Delivered(api).Count < Recipients; i++)
            during.Add(await people.AskAsync(FirstAsker + i % Askers, BusyQuestionGap));
        await sampling.CancelAsync();
        return new Run(
            Stats.Percentile(sequential, 50), Stats.Percentile(sequential, 99), Stats.Percentile(during, 99), during.Count,
            idle, afterReplies, await peak, Rate(api), api.RateLimitedCount);
    }

    /// <summary>The broadcast alone, with the reserve for replies set to <paramref name="reserve"/>.</summary>
    private static async Task<(double Rate, int Refused)> BroadcastAloneAsync(int reserve)
    {
        await using var bot = await StartedBot.StartAsync(new Dictionary<string, string> { ["Sending__ReplyReserve"] = reserve.ToString(CultureInfo.InvariantCulture) });
        await LaunchBroadcastAsync(bot.Api);
        await Eventually.Until(() => Delivered(bot.Api).Count >= Recipients, "the broadcast delivered", TimeSpan.FromMinutes(2));
        return (Rate(bot.Api), bot.Api.RateLimitedCount);
    }

    /// <summary>Deliveries per second between the first and the last.</summary>
    private static double Rate(FakeBotApi api)
    {
        var delivered = Delivered(api);
        return (delivered.Count - 1) / (delivered.Max(m => m.At) - delivered.Min(m => m.At)).TotalSeconds;
    }

    /// <summary>100 units of 10 members, written before the bot opens the file.</summary>
    private static void Seed(string path)
    {
        using var store = new CoreStore(path);
        var units = store.Get<IUnitStore>();
        var members = store.Get<IMemberStore>();
        for (var u = 0; u < 100; u++)
        {
            var code = $"U{u:000}";
            units.Upsert(new Unit { Code = code, Name = $"Đơn vị {u}", Group = "commune" });
            for (var m = 0; m < Recipients / 100; m++)
            {
                var id = FirstRecipient + u * 100 + m;
                members.Upsert(new Member { UserId = id, ChatId = id, UnitCode = code, UnitRole = m == 0 ? Role.Head : Role.Deputy, Name = $"Cán bộ {id}" });
            }
        }
    }

    /// <summary>The admin's steps in Telegram: /broadcast, the text, every unit, every member, send.</summary>
    private static async Task LaunchBroadcastAsync(FakeBotApi api)
    {
        api.SendText(Admin, "/broadcast");
        await api.WaitForMessage(Admin, m => m.Method == "sendMessage");
        api.SendText(Admin, "Thông báo: lịch làm việc tuần tới của UBND tỉnh.");
        var step = await api.WaitForMessage(Admin, m => m.Buttons.Any(b => b.Text == "Tất cả đơn vị"), TimeSpan.FromSeconds(30));
        step = await PressAsync(api, step, "Tất cả đơn vị", m => m.Buttons.Any(b => b.Text == "Tất cả thành viên"));
        step = await PressAsync(api, step, "Tất cả thành viên", m => m.Buttons.Any(b => b.Text.StartsWith("✅ Gửi tới", StringComparison.Ordinal)));
        await PressAsync(api, step, "✅ Gửi tới", m => m.Method == "answerCallbackQuery");
    }

    private static Task<SentMessage> PressAsync(FakeBotApi api, SentMessage message, string button, Func<SentMessage, bool> next)
    {
        var pressed = message.Buttons.First(b => b.Text.StartsWith(button, StringComparison.Ordinal));
        api.PressButton(Admin, message.MessageId, pressed.CallbackData!);
        return api.WaitForMessage(Admin, next, TimeSpan.FromSeconds(30));
    }

    private static List<SentMessage> Delivered(FakeBotApi api) =>
        [.. api.AllSent.Where(m => m.ChatId >= FirstRecipient && m.Method == "sendMessage")];

    private static async Task<double> SamplePeakAsync(BotProcess bot, CancellationToken stop)
    {
        var peak = 0.0;
        using var tick = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        try
        {
            while (await tick.WaitForNextTickAsync(stop))
                peak = Math.Max(peak, bot.ResidentMegabytes());
        }
        catch (OperationCanceledException)
        {
        }
        return peak;
    }

    /// <summary>A seeded store, the fake enforcing Telegram's limit and the bot process polling it.</summary>
    private sealed class StartedBot : IAsyncDisposable
    {
        private readonly DirectoryInfo _directory;

        private StartedBot(DirectoryInfo directory, FakeBotApi api, BotProcess process) => (_directory, Api, Process) = (directory, api, process);

        public FakeBotApi Api { get; }
        public BotProcess Process { get; }

        public static async Task<StartedBot> StartAsync(IDictionary<string, string>? settings = null)
        {
            var directory = Directory.CreateTempSubdirectory("par-bench-replies-");
            var path = Path.Combine(directory.FullName, "par.db");
            Seed(path);
            var api = await FakeBotApi.StartAsync();
            api.SendRateLimitPerSecond = TelegramLimit;
            var process = new BotProcess(api.Token, api.BaseUrl, path);
            process.Start(settings);
            while (!api.Calls.Any(c => c.Method == "getUpdates"))
                await Task.Delay(5);
            return new StartedBot(directory, api, process);
        }

        public async ValueTask DisposeAsync()
        {
            await Process.DisposeAsync();
            await Api.DisposeAsync();
            _directory.Delete(recursive: true);
        }
    }

    private sealed record Run(
        double SequentialP50, double SequentialP99, double BroadcastP99, int BroadcastReplies,
        double IdleMb, double AfterRepliesMb, double PeakMb, double Rate, double Refused);

    /// <summary>People who ask /help one after another.</summary>
    private sealed class People(FakeBotApi api)
    {
        /// <summary>The milliseconds from the question's arrival at the fake to the reply's; the next question comes <paramref name="gap"/> after this one at the soonest.</summary>
        public async Task<double> AskAsync(long person, TimeSpan gap)
        {
            var next = Task.Delay(gap);
            var asked = TimeProvider.System.GetUtcNow();
            api.SendText(person, "/help");
            var reply = await api.WaitForMessage(person, m => m.Method == "sendMessage", TimeSpan.FromSeconds(30));
            await next;
            return (reply.At - asked).TotalMilliseconds;
        }
    }
}
