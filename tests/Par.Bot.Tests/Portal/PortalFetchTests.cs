using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Par.Bot.Portal;
using Par.Bot.Tests.Hosting;
using Par.Core.Periods;
using Par.Core.Portal;
using Par.Core.Tests.Portal;
using Quartz;

namespace Par.Bot.Tests.Portal;

/// <summary>The scheduled fetch against a fake portal on loopback, in November 2026 (09:00 on the 4th in the province).</summary>
public sealed class PortalFetchTests
{
    /// <summary>The sample province's own <c>departmentId</c>.</summary>
    private const string Province = "39149267-cc88-1c42-d378-60ad474634d3";
    private const string Key = "Bearer s3cret-portal-key";
    private static readonly Period November = Period.ForMonth(2026, 11);
    private readonly LogCapture _logs = new();

    [Fact]
    public async Task A_scheduled_fetch_imports_both_months_after_retrying_a_failure_and_a_slow_answer_and_rank_shows_the_portals_figures()
    {
        await using var portal = await FakePortal.StartAsync();
        portal.Faults = call => call.Number switch
        {
            1 => new FakePortalFault(Status: 503),
            2 => new FakePortalFault(Delay: TimeSpan.FromSeconds(10)),
            _ => null,
        };
        await using var bot = await StartAsync(portal);

        await FireAsync(bot);
        var told = await bot.Api.WaitForMessage(BotHarness.AdminId);
        var created = await bot.PressAsync(BotHarness.AdminId, told, "Tạo 13 đơn vị");
        await FireAsync(bot);
        await Eventually.Until(() => bot.Get<IPortalScoreStore>().ScoresOf(November).Count == 13, "November's figures imported");
        var rank = await bot.SayAsync(BotHarness.AdminId, "/rank H99.107 2026-10");
        var typed = await bot.SayAsync(BotHarness.AdminId, "/report H99.107 2026-10 DOSSIER_RECEIVING_SATISFACTION=1500/1716");

        Assert.Contains("Par đã tự lấy số liệu từ Cổng Dịch vụ công theo lịch", told.Text);
        Assert.Contains("kỳ tháng 10/2026", told.Text);
        Assert.Contains("kỳ tháng 11/2026", told.Text);
        Assert.Contains("13 đơn vị trên Cổng chưa gắn", told.Text);
        Assert.Contains("Đã tạo 13 đơn vị", created.Text);
        Assert.Contains("<b>64,56 điểm</b>", rank.Text);
        Assert.Contains("hạng <b>4/8</b>", rank.Text);
        // A typed value is refused, and the answer says the official figure came with the morning's fetch.
        Assert.Contains("(lấy tự động từ Cổng ngày 04/11/2026)", typed.Text);
        Assert.Single(bot.Api.SentTo(BotHarness.AdminId), message => message.Text?.Contains("tự lấy số liệu", StringComparison.Ordinal) == true);

        var calls = portal.Calls;
        Assert.Equal(1, portal.MostInFlight);
        Assert.Equal(["transparency", "transparency", "transparency"], calls.Take(3).Select(call => call.Endpoint));
        Assert.Equal(26, calls.Count);
        Assert.All(calls, call => Assert.Equal((Province, Key), (call.DepartmentId, call.Authorization)));
        // Each run asks for the month before in full, then for the current month up to today.
        var months = calls.Skip(2).Chunk(6).Select(run => (run[0].FromDate, run[0].ToDate, Endpoints: run.Select(call => call.Endpoint).Order().ToList())).ToList();
        Assert.Equal([("2026-10-01", "2026-10-31"), ("2026-11-01", "2026-11-04"), ("2026-10-01", "2026-10-31"), ("2026-11-01", "2026-11-04")], months.Select(month => (month.FromDate, month.ToDate)));
        Assert.All(months, month => Assert.Equal(Samples.Endpoints.Order(), month.Endpoints));

        Assert.Contains(_logs.Lines, line => line.Level == LogLevel.Warning && line.Message.Contains("transparency for 2026-10-01–2026-10-31 failed (HTTP 503, attempt 1 of 3)", StringComparison.Ordinal));
        Assert.Contains(_logs.Lines, line => line.Level == LogLevel.Warning && line.Message.Contains("failed (no answer within 1 s, attempt 2 of 3)", StringComparison.Ordinal));
        Assert.Contains(_logs.Lines, line => line.Message.StartsWith("Imported the portal's figures for 2026-10: 6 of 6 responses stored (78 unit rows)", StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.Lines, line => line.Message.Contains("s3cret", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_refusal_or_an_error_code_leaves_its_month_untouched_and_is_logged_without_the_key()
    {
        await using var portal = await FakePortal.StartAsync();
        portal.Faults = call => (call.Endpoint, call.FromDate) switch
        {
            ("handling-satisfaction", "2026-10-01") => new FakePortalFault(Status: 403),
            ("dossier-digitized", "2026-11-01") => new FakePortalFault(Body: "{\"code\":\"UNAUTHORIZED\",\"data\":null,\"message\":\"Token hết hạn\"}"),
            _ => null,
        };
        await using var bot = await StartAsync(portal);

        await FireAsync(bot);
        await Eventually.Until(() => _logs.Lines.Count(line => line.Message.Contains("left as they were", StringComparison.Ordinal)) == 2, "both months given up");

        var store = bot.Get<IPortalScoreStore>();
        Assert.Empty(store.Periods());
        Assert.Empty(store.Directory());
        Assert.Equal(6 + 5, portal.Calls.Count);
        Assert.Single(portal.Calls, call => call.Endpoint == "handling-satisfaction");
        Assert.Contains(_logs.Lines, line => line.Level == LogLevel.Error
            && line.Message.Contains("The portal refused handling-satisfaction for 2026-10-01–2026-10-31 with HTTP 403", StringComparison.Ordinal));
        Assert.Contains(_logs.Lines, line => line.Level == LogLevel.Error
            && line.Message.Contains("The portal refused dossier-digitized: code UNAUTHORIZED “Token hết hạn”", StringComparison.Ordinal));
        Assert.Contains(_logs.Lines, line => line.Level == LogLevel.Error
            && line.Message.Contains("The portal's figures for 2026-11 are left as they were: dossier-digitized could not be fetched", StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.Lines, line => line.Message.Contains("s3cret", StringComparison.Ordinal));
        Assert.Empty(bot.Api.SentTo(BotHarness.AdminId));
    }

    [Fact]
    public async Task An_answer_over_the_size_limit_is_not_read_nor_asked_for_again()
    {
        await using var portal = await FakePortal.StartAsync();
        await using var bot = await StartAsync(portal, ("Portal:MaxResponseBytes", "20000"));

        await FireAsync(bot);
        await Eventually.Until(() => _logs.Lines.Count(line => line.Message.Contains("left as they were", StringComparison.Ordinal)) == 2, "both months given up");

        Assert.Empty(bot.Get<IPortalScoreStore>().Periods());
        Assert.Equal(2, portal.Calls.Count(call => call.Endpoint == "dossier-digitized"));
        Assert.Contains(_logs.Lines, line => line.Level == LogLevel.Error
            && line.Message.Contains("The portal's dossier-digitized answer is larger than Portal:MaxResponseBytes (20000 bytes)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_fetch_is_a_daily_trigger_in_the_provinces_zone()
    {
        await using var portal = await FakePortal.StartAsync();
        await using var bot = await StartAsync(portal);
        var scheduler = await bot.Get<ISchedulerFactory>().GetScheduler();

        var trigger = Assert.IsAssignableFrom<ICronTrigger>(await scheduler.GetTrigger(new TriggerKey(PortalFetchSchedule.Name)));

        Assert.Equal("Asia/Ho_Chi_Minh", trigger.TimeZone.Id);
        Assert.Equal(new DateTimeOffset(2026, 11, 4, 23, 30, 0, TimeSpan.Zero), trigger.NextFireTimeUtc);
        Assert.Empty(portal.Calls);
    }

    [Fact]
    public async Task Without_a_base_url_there_is_no_fetch_job()
    {
        await using var bot = await PortalBot.StartAsync(new Dictionary<string, string?> { ["Portal:RootDepartmentId"] = Province });
        var scheduler = await bot.Get<ISchedulerFactory>().GetScheduler();

        Assert.Null(await scheduler.GetJobDetail(new JobKey(PortalFetchSchedule.Name)));
        Assert.Null(await scheduler.GetTrigger(new TriggerKey(PortalFetchSchedule.Name)));
    }

    private Task<BotHarness> StartAsync(FakePortal portal, params (string Key, string Value)[] more)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Portal:BaseUrl"] = portal.BaseUrl,
            ["Portal:RootDepartmentId"] = Province,
            ["Portal:ApiKey"] = Key,
            ["Portal:PauseBetweenRequestsMs"] = "10",
            ["Portal:RequestTimeoutSeconds"] = "1",
            ["Portal:RetryDelayMs"] = "100",
            ["Portal:MaxAttempts"] = "3",
            ["Logging:LogLevel:Par"] = "Information",
        };
        foreach (var (key, value) in more)
            settings[key] = value;
        return PortalBot.StartAsync(settings, services => services.AddSingleton<ILoggerProvider>(_logs));
    }

    /// <summary>Fires the job as its trigger would; the run goes on in the scheduler.</summary>
    private static async Task FireAsync(BotHarness bot)
    {
        var scheduler = await bot.Get<ISchedulerFactory>().GetScheduler();
        await scheduler.TriggerJob(new JobKey(PortalFetchSchedule.Name), new JobDataMap(), CancellationToken.None);
    }
}
