using System.Text;
using System.Text.RegularExpressions;
using Par.Bot.Tests.Fakes;
using Par.Bot.Tests.Hosting;
using Par.Core.Outbox;

namespace Par.Bot.Tests.Dossiers;

/// <summary>Sets up units and their people the way an admin and heads do it, and reads what reminders stored.</summary>
internal static partial class Province
{
    /// <summary>Monday 19/05/2025 07:00 in Vietnam: before the morning digest.</summary>
    public static readonly DateTimeOffset MondayMorning = new(2025, 5, 19, 7, 0, 0, TimeSpan.FromHours(7));

    public static Task<BotHarness> StartAsync(IDictionary<string, string?>? settings = null) =>
        BotHarness.StartAsync(settings, new TestClock(MondayMorning));

    public static async Task AddUnitAsync(this BotHarness bot, string code, string name, string group = "department")
    {
        var reply = await bot.SayAsync(BotHarness.AdminId, $"/units add {code} \"{name}\" {group}");
        Assert.Contains("Đã lưu", reply.Text);
    }

    /// <summary>The user joins the unit as its head through an admin's invite.</summary>
    public static async Task JoinAsHeadAsync(this BotHarness bot, long userId, string unitCode)
    {
        var invite = await bot.SayAsync(BotHarness.AdminId, $"/invite {unitCode}");
        var joined = await bot.SayAsync(userId, $"/start {CodeIn(invite.Text!)}");
        Assert.Contains("Chào mừng", joined.Text);
    }

    /// <summary>The user joins the head's unit as a deputy, then switches to English.</summary>
    public static async Task JoinAsEnglishDeputyAsync(this BotHarness bot, long headId, long userId)
    {
        var invite = await bot.SayAsync(headId, "/invite");
        await bot.SayAsync(userId, $"/start {CodeIn(invite.Text!)}");
        var lang = await bot.SayAsync(userId, "/lang en", "en");
        Assert.Contains("English", lang.Text, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The unit's member sends a one-line report, which the bot saves.</summary>
    public static async Task ReportAsync(this BotHarness bot, long userId, string line)
    {
        var reply = await bot.SayAsync(userId, line);
        Assert.Contains("Đã lưu báo cáo", reply.Text);
    }

    public static async Task<SentMessage> SendFileAsync(this BotHarness bot, long userId, string csv, string fileName = "ho-so.csv")
    {
        return await bot.ImportAsync(userId, Encoding.UTF8.GetBytes(csv), fileName);
    }

    /// <summary>Presses a button and returns what the bot then sent or edited, past the spinner's answer.</summary>
    public static Task<SentMessage> PressForReplyAsync(this BotHarness bot, long userId, SentMessage message, string buttonText) =>
        bot.PressAsync(userId, message, buttonText);

    /// <summary>Dedupe keys of the outbox rows whose key starts with <paramref name="prefix"/>.</summary>
    public static IReadOnlyList<string> OutboxKeys(this BotHarness bot, string prefix) => bot.Get<IOutboxStore>().DedupeKeys(prefix);

    private static string CodeIn(string text) => StartCode().Match(text).Groups[1].Value;

    [GeneratedRegex(@"start=([A-Z0-9]{8})")]
    private static partial Regex StartCode();
}
