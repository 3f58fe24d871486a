using Par.Bot.Handlers.Broadcasts;
using Par.Bot.Tests.Fakes;
using Par.Bot.Tests.Hosting;
using Par.Bot.Tests.Ranking;
using Par.Core.Broadcasts;
using Par.Core.Storage;
using static Par.Bot.Tests.Broadcasts.BroadcastSteps;

namespace Par.Bot.Tests.Broadcasts;

/// <summary>Admins read "thông báo số 12/2026": numbered within the province's year, never by the internal id.</summary>
public sealed class BroadcastNumberTests : IAsyncLifetime
{
    private const long Admin = BotHarness.AdminId;
    private BotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        // 23:50 on New Year's Eve in Vietnam, 16:50 UTC.
        _bot = await BotHarness.StartAsync(clock: new TestClock(new DateTimeOffset(2025, 12, 31, 23, 50, 0, TimeSpan.FromHours(7))));
        _bot.Seed("XA-A", "commune", Head(104));
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Numbers_count_within_the_provinces_year_never_repeat_and_survive_a_restart()
    {
        var ids = new List<string> { Launch("Tổng kết năm") };
        Assert.Contains("Đã gửi xong thông báo số 1/2025", (await NextReportAsync()).Plain());

        // Ten past midnight in Vietnam is still 31 December in UTC: the province's year has turned.
        _bot.Clock.SetVietnamTime(new DateTime(2026, 1, 1, 0, 10, 0));
        ids.Add(Launch("Chúc mừng năm mới"));
        Assert.Contains("Đã gửi xong thông báo số 1/2026", (await NextReportAsync()).Plain());

        await _bot.RestartAsync();
        var two = await Task.WhenAll(Task.Run(() => Launch("Lịch nghỉ Tết")), Task.Run(() => Launch("Lịch trực Tết")));
        ids.AddRange(two);
        var reports = new[] { await NextReportAsync(), await NextReportAsync() };

        Assert.Equal(["số 2/2026", "số 3/2026"], reports.Select(r => Number(r.Plain())).Order());
        Assert.Equal([2, 3], two.Select(id => _bot.Get<IBroadcastStore>().Find(id)!.Number ?? 0).Order());
        var status = await _bot.SayNowAsync(Admin, "/broadcast status");
        Assert.Contains("01/01 00:10 · số 1/2026 · “Chúc mừng năm mới”", status.Plain());
        Assert.Contains("31/12 23:50 · số 1/2025 · “Tổng kết năm”", status.Plain());
        Assert.Contains("Chưa xác nhận — số 1/2025", status.Buttons.Select(b => b.Text));
        var adminTexts = _bot.Api.SentTo(Admin).SelectMany(m => m.Buttons.Select(b => b.Text).Append(m.Text ?? "")).ToList();
        Assert.All(ids, id => Assert.DoesNotContain(adminTexts, text => text.Contains(id, StringComparison.Ordinal)));
        Assert.Equal(4, _bot.Api.SentTo(104).Count(m => m.Method == "sendMessage"));
    }

    [Fact]
    public async Task A_broadcast_stored_before_numbering_is_named_by_its_local_time()
    {
        _bot.Get<ParDatabase>().Collection<Broadcast>(BroadcastCollections.Broadcasts).Insert(new Broadcast
        {
            Id = "0123456789",
            AdminChatId = Admin,
            Html = "Thông báo cũ",
            Summary = "Thông báo cũ",
            Audience = new BroadcastAudience(),
            CreatedUtc = new DateTime(2025, 11, 20, 7, 5, 0, DateTimeKind.Utc),
            FinishedUtc = new DateTime(2025, 11, 20, 7, 6, 0, DateTimeKind.Utc),
        });

        var status = await _bot.SayNowAsync(Admin, "/broadcast status");
        var list = await _bot.PressForMessageAsync(Admin, status, "Chưa xác nhận");

        Assert.Contains("20/11 14:05 · “Thông báo cũ”", status.Plain());
        Assert.Equal(["Chưa xác nhận — ngày 20/11/2025 lúc 14:05"], status.Buttons.Select(b => b.Text));
        Assert.Equal("Mọi người đã nhận thông báo ngày 20/11/2025 lúc 14:05 đều đã xác nhận.", list.Plain());
        Assert.DoesNotContain("0123456789", status.Text + list.Text);
    }

    /// <summary>To everyone, as a script would start it; the report then comes as a new message.</summary>
    private string Launch(string text)
    {
        var id = BroadcastKeys.NewId();
        _bot.Get<BroadcastLauncher>().Launch(new BroadcastRequest
        {
            Id = id,
            AdminChatId = Admin,
            Html = text,
            Summary = text,
            Audience = new BroadcastAudience { Scope = AudienceScope.All },
        });
        return id;
    }

    private Task<SentMessage> NextReportAsync() => _bot.WaitForReportAsync();

    private static string Number(string report) => System.Text.RegularExpressions.Regex.Match(report, @"số \d+/\d{4}").Value;
}
