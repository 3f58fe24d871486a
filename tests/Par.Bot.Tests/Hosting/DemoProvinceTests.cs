using System.Text.RegularExpressions;
using Par.Bot.Hosting;
using Par.Bot.Jobs;
using Par.Bot.Tests.Ranking;

namespace Par.Bot.Tests.Hosting;

/// <summary>A newcomer seeds the demo, starts the bot on it and sees overdue items, digests and past broadcasts at once.</summary>
public sealed partial class DemoProvinceTests : IAsyncLifetime
{
    private const long Newcomer = 4242;
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "par-tests", Guid.NewGuid().ToString("N"));
    private string _printed = "";
    private BotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        var path = Path.Combine(_directory, "demo.db");
        var output = new StringWriter();
        Assert.Equal(0, DemoSeeder.Run(ParHost.Build(["seed-demo", $"--Storage:Path={path}"], DemoSeeder.Offline), output));
        _printed = output.ToString();
        _bot = await BotHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Storage:Path"] = path,
            ["Bot:AdminIds:1"] = DemoProvince.AdminId.ToString(),
        });
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public void Seeding_prints_the_admin_id_the_demo_members_and_how_to_join_a_unit()
    {
        Assert.Contains("Admin id to configure: 880000000", _printed);
        Assert.Contains("Bot__AdminIds__0=880000000 Bot__AdminIds__1=<your id>", _printed);
        Assert.Matches(@"880000001 +SNV +head", _printed);
        Assert.Matches(@"880000011 +XA-TANPHUOC +deputy", _printed);
        Assert.Contains("12 members, ", _printed);
        Assert.Contains("/start ", _printed);
    }

    [Fact]
    public async Task An_admin_sees_late_units_and_the_past_broadcast_at_once()
    {
        var overdue = (await _bot.SayAsync(BotHarness.AdminId, "/overdue")).Plain();
        var status = (await _bot.SayAsync(BotHarness.AdminId, "/broadcast status")).Plain();

        Assert.Contains("Hồ sơ, nhiệm vụ trễ hạn theo đơn vị", overdue);
        Assert.Contains("Xã Tân Phước", overdue);
        Assert.Contains("Sở Nội vụ", overdue);
        Assert.Contains(DemoProvince.BroadcastSummary, status);
        Assert.Matches(@"đã gửi (\d+)/\1, đã xác nhận [1-9]", status);
        Assert.DoesNotContain("đang gửi", status);
    }

    [Fact]
    public async Task A_newcomer_joins_a_demo_unit_with_the_printed_code_and_sees_its_late_items_the_waiting_apart_and_the_digest()
    {
        var code = InviteCode().Match(_printed).Groups[1].Value;

        var joined = (await _bot.SayAsync(Newcomer, $"/start {code}")).Plain();
        var overdue = (await _bot.SayAsync(Newcomer, "/overdue")).Plain();
        var runner = _bot.Get<ReminderRunner>();
        await runner.RunDueAsync(ReminderSchedule.Digest, null, CancellationToken.None);
        _bot.Clock.SetVietnamTime(NextWorkingMorning(_bot.Clock.GetUtcNow()));
        await runner.RunDueAsync(ReminderSchedule.Digest, null, CancellationToken.None);
        var digest = await _bot.Api.WaitForMessage(Newcomer, m => m.Text!.Contains("Nhắc việc"));

        Assert.Contains("Xã Tân Phước (XA-TANPHUOC)", joined);
        Assert.Contains("HS-001", overdue);
        Assert.Contains("quá hạn", overdue);
        Assert.Contains("còn ", overdue);
        Assert.Contains("⏸ Chờ công dân bổ sung / thực hiện nghĩa vụ tài chính: 1 (tạm dừng tính hạn, không tính là trễ)", overdue);
        Assert.Contains("HS-001", digest.Plain());
    }

    /// <summary>Just after the digest's 08:00 on the next weekday, in Vietnam (the test host has no holidays).</summary>
    private static DateTime NextWorkingMorning(DateTimeOffset now)
    {
        var day = now.ToOffset(TimeSpan.FromHours(7)).Date.AddDays(1);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            day = day.AddDays(1);
        return day.AddHours(8).AddSeconds(30);
    }

    [GeneratedRegex(@"/start ([A-Z0-9]{8})")]
    private static partial Regex InviteCode();
}
