using Par.Bot.Tests.Dossiers;
using Par.Bot.Tests.Hosting;
using Par.Bot.Tests.Ranking;

namespace Par.Bot.Tests.Texts;

/// <summary>Usage texts show examples taken from the province's today: the last closed month and quarter, a deadline a week ahead.</summary>
public sealed class HintTests
{
    private const long Head = 631;

    public static TheoryData<DateTimeOffset, string, string[]> Hints => new()
    {
        { MidNovember, "/report", ["/report 2026-10 ONTIME=490/500", "/report MÃ_ĐƠN_VỊ 2026-10 ONTIME=490/500"] },
        { MidNovember, "/period", ["/period lock 2026-10", "/period unlock 2026-10"] },
        { MidNovember, "/reference", ["/reference 2026-Q3 ERESULT=70,81", "/reference 2026-Q3 — xem"] },
        { MidNovember, "/rank", ["/rank SNV 2026-Q3"] },
        { MidNovember, "/top nowhere", ["/top xã 2026-10"] },
        { MidNovember, "/rank SNV 2026-13", ["tháng 10/2026", "quý III/2026", "năm 2026"] },
        { MidNovember, "/tasks help", ["/tasks new MÃ_ĐƠN_VỊ 2026-11-23 Nội dung", "23/11/2026 17:00 hoặc 23/11"] },
        { MidNovember, "/tasks new SNV mai Rà soát", ["ví dụ 23/11/2026, 23/11/2026 17:00 hoặc 23/11"] },
        { MidNovember, "/tasks", ["/tasks new MÃ_ĐƠN_VỊ 2026-11-23 Nội dung"] },
        { NewYear, "/period", ["/period lock 2026-12"] },
        { NewYear, "/reference", ["/reference 2026-Q4 ERESULT"] },
        { NewYear, "/rank SNV quý 5/2026", ["tháng 12/2026", "quý IV/2026", "Q4/2026", "năm 2026"] },
        { NewYear, "/tasks help", ["/tasks new MÃ_ĐƠN_VỊ 2027-01-09 Nội dung", "09/01/2027 17:00 hoặc 09/01"] },
    };

    /// <summary>Monday 16/11/2026 10:00 in Vietnam.</summary>
    private static DateTimeOffset MidNovember => TypedPeriodTests.MidNovember;

    /// <summary>Saturday 02/01/2027 09:00: the year has turned, so has every example.</summary>
    private static DateTimeOffset NewYear => new(2027, 1, 2, 9, 0, 0, TimeSpan.FromHours(7));

    [Theory]
    [MemberData(nameof(Hints))]
    public async Task An_admins_usage_texts_show_examples_from_today(DateTimeOffset now, string command, string[] expected)
    {
        await using var bot = await BotHarness.StartAsync(null, new TestClock(now));
        await bot.AddUnitAsync("SNV", "Sở Nội vụ");

        var reply = (await bot.SayAsync(BotHarness.AdminId, command)).Plain();

        Assert.All(expected, example => Assert.Contains(example, reply));
        Assert.DoesNotContain("2025", reply);
    }

    [Fact]
    public async Task The_guided_task_asks_for_a_deadline_with_an_example_a_week_ahead()
    {
        await using var bot = await BotHarness.StartAsync(null, new TestClock(MidNovember));
        await bot.AddUnitAsync("SNV", "Sở Nội vụ");
        var groups = await bot.SayAsync(BotHarness.AdminId, "/tasks new");
        var units = await bot.PressAsync(BotHarness.AdminId, groups, "sở");

        var coordinators = await bot.PressAsync(BotHarness.AdminId, units, "SNV");

        var ask = await bot.PressAsync(BotHarness.AdminId, coordinators, "Tiếp tục");

        Assert.Contains("ví dụ 23/11/2026, 23/11/2026 17:00 hoặc 23/11", ask.Plain());
    }

    [Fact]
    public async Task A_members_usage_texts_show_examples_from_today_too()
    {
        await using var bot = await BotHarness.StartAsync(null, new TestClock(MidNovember));
        await bot.AddUnitAsync("SNV", "Sở Nội vụ");
        await bot.JoinAsHeadAsync(Head, "SNV");

        var report = (await bot.SayAsync(Head, "/report 2026-13 DISCLOSE=1")).Plain();
        var dossiers = (await bot.SendFileAsync(Head, "code,procedure,received,due\nHS-1,Cấp phép,2026-11-02,31/11/2026\n")).Plain();
        var english = (await bot.SayAsync(Head, "/rank SNV Q5/2026", "en")).Plain();

        Assert.Contains("quý 3/2026, quý III/2026, Q3/2026 hoặc 2026-Q3", report);
        Assert.Contains("a quarter Q3/2026 or 2026-Q3", english);
        Assert.Contains("“31/11/2026” ở cột “due” không phải ngày hợp lệ (viết 2026-11-16 hoặc 16/11/2026 17:00)", dossiers);
    }
}
