using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Par.Bot.Tests.Fakes;
using Par.Bot.Tests.Hosting;
using Par.Core.Periods;
using Par.Core.Reports;

namespace Par.Bot.Tests.Ranking;

/// <summary>
/// The running bot with the people of the ranking tests: an admin, the heads and deputies of a few units.
/// The province's clock reads 15 May 2025, 10:00 unless a test says otherwise, so the last closed month is April 2025.
/// </summary>
internal sealed partial class RankingBot : IAsyncDisposable
{
    public const long Admin = BotHarness.AdminId;

    private RankingBot(BotHarness harness) => Harness = harness;

    public BotHarness Harness { get; }

    public FakeBotApi Api => Harness.Api;

    public IReportStore Reports => Harness.Get<IReportStore>();

    public static async Task<RankingBot> StartAsync(
        IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, DateTimeOffset? now = null) =>
        new(await BotHarness.StartAsync(settings, new TestClock(now ?? new DateTimeOffset(2025, 5, 15, 10, 0, 0, TimeSpan.FromHours(7))), services));

    public static Period P(string text) => Period.TryParse(text, out var period) ? period : throw new ArgumentException(text);

    public Task<SentMessage> SayAsync(long userId, string text, string language = "vi") => Harness.SayAsync(userId, text, language);

    /// <summary>Presses a button and returns what the bot then sends or edits in the chat (not the answer to the press).</summary>
    public Task<SentMessage> PressAsync(long userId, SentMessage message, string buttonText) => Harness.PressAsync(userId, message, buttonText);

    /// <summary>Presses a button and returns the short answer shown to the presser (a toast).</summary>
    public async Task<SentMessage> PressForAnswerAsync(long userId, SentMessage message, string callbackData)
    {
        Api.PressButton(userId, message.MessageId, callbackData);
        return await Api.WaitForMessage(userId, m => m.Method == "answerCallbackQuery");
    }

    public async Task AddUnitAsync(string code, string name, string group = "department")
    {
        var reply = await SayAsync(Admin, $"/units add {code} \"{name}\" {group}");
        Assert.Contains("Đã lưu", reply.Plain());
    }

    /// <summary>Creates the unit and makes <paramref name="userId"/> its head.</summary>
    public async Task AddUnitWithHeadAsync(string code, string name, long userId, string group = "department")
    {
        await AddUnitAsync(code, name, group);
        var invite = await SayAsync(Admin, $"/invite {code}");
        var joined = await SayAsync(userId, $"/start {CodeIn(invite.Text!)}");
        Assert.Contains("lãnh đạo đơn vị", joined.Plain());
    }

    public async Task AddDeputyAsync(long headId, long deputyId)
    {
        var invite = await SayAsync(headId, "/invite");
        var joined = await SayAsync(deputyId, $"/start {CodeIn(invite.Text!)}");
        Assert.Contains("cấp phó", joined.Plain());
    }

    /// <summary>An admin's one-line report; fails the test if refused.</summary>
    public async Task ReportAsync(string unit, string period, string values)
    {
        var reply = await SayAsync(Admin, $"/report {unit} {period} {values}");
        Assert.Contains("Đã lưu", reply.Plain());
    }

    /// <summary>The unit's stored values as <c>CODE=VALUE</c> in code order; empty when nothing is stored.</summary>
    public string Stored(string unit, string period) =>
        Reports.Find(unit, P(period)) is { } report
            ? string.Join(' ', report.Values.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key}={ValueText.Format(v.Value)}"))
            : "";

    public ValueTask DisposeAsync() => Harness.DisposeAsync();

    private static string CodeIn(string text) => InviteCode().Match(text).Groups[1].Value;

    [GeneratedRegex("start=([A-Z0-9]{8})")]
    private static partial Regex InviteCode();
}
