using System.Text;
using Par.Bot.Tests.Hosting;
using Par.Bot.Tests.Ranking;
using Par.Core.Periods;
using Par.Core.Portal;
using Par.Core.Reports;
using Par.Core.Tests.Portal;

namespace Par.Bot.Tests.Portal;

/// <summary>A unit reporting a metric the portal's imported figures already give: refused in each form, saying where the figure came from.</summary>
public sealed class OfficialValueTests
{
    private const long Head = 631;
    private const string Unit = "H99.107";
    private static readonly Period October = Period.ForMonth(2026, 10);
    private static readonly string[] AllButSatisfaction = [.. Samples.Endpoints.Where(endpoint => endpoint != "handling-satisfaction")];

    [Fact]
    public async Task The_one_line_form_refuses_an_official_metric_in_both_languages_and_stores_nothing()
    {
        await using var bot = await PortalBot.StartAsync();
        await PortalBot.ImportLinkedAsync(bot);
        await PortalBot.JoinAsHeadAsync(bot, Unit, Head);

        var vi = await bot.SayAsync(Head, $"/report {Unit} 2026-10 DOSSIER_RECEIVING_SATISFACTION=1500/1716");
        var en = await bot.SayAsync(Head, $"/report {Unit} 2026-10 DOSSIER_RECEIVING_SATISFACTION=1500/1716", "en");

        Assert.Contains(
            "• Chỉ số “Hài lòng tiếp nhận” kỳ tháng 10/2026 đã có số liệu chính thức từ Cổng Dịch vụ công quốc gia (nhập từ tệp ngày 04/11/2026): 68,3% — 4,55/6 điểm; không thể nhập thay.",
            vi.Plain());
        Assert.Contains(
            "• “Satisfaction (dossiers)” for October 2026 already has the official figure of the National Public Service Portal (imported from a file on 04/11/2026): 68.3% — 4.55/6 points; a typed value cannot replace it.",
            en.Plain());
        Assert.Null(bot.Get<IReportStore>().Find(Unit, October));
        Assert.Equal(4.55m, bot.Get<IPortalScoreStore>().ScoresOf(October)[Unit]["DOSSIER_RECEIVING_SATISFACTION"].Official);
    }

    [Fact]
    public async Task A_report_file_rejects_the_rows_of_official_metrics_and_stores_the_rest()
    {
        await using var bot = await PortalBot.StartAsync();
        await PortalBot.ImportLinkedAsync(bot, AllButSatisfaction);
        await PortalBot.JoinAsHeadAsync(bot, Unit, Head);
        var csv = "unit,period,PETITION_HANDLING_SATISFACTION,SETTLED_ON_TIME\n" +
            $"{Unit},2026-10,5/6,\n" +
            $"{Unit},2026-10,,1627/1627\n";

        var reply = (await bot.ImportAsync(Head, Encoding.UTF8.GetBytes(csv), "baocao.csv")).Plain();

        Assert.Contains("lưu 1 dòng (1 giá trị thay đổi), từ chối 1 dòng", reply);
        Assert.Contains(
            "• Dòng 3: Chỉ số “Giải quyết đúng hạn” kỳ tháng 10/2026 đã có số liệu chính thức từ Cổng Dịch vụ công quốc gia (nhập từ tệp ngày 04/11/2026): 71,67% — 14,33/20 điểm; không thể nhập thay.",
            reply);
        Assert.Equal(["PETITION_HANDLING_SATISFACTION"], bot.Get<IReportStore>().Find(Unit, October)!.Values.Keys);
    }

    [Fact]
    public async Task The_guided_report_asks_only_what_the_portal_did_not_publish_and_shows_the_rest_in_the_summary()
    {
        await using var bot = await PortalBot.StartAsync();
        await PortalBot.ImportLinkedAsync(bot, AllButSatisfaction);
        await PortalBot.JoinAsHeadAsync(bot, Unit, Head);

        var first = await bot.SayAsync(Head, "/report 2026-10");
        var second = await bot.SayAsync(Head, "1500/1716");
        var third = await bot.PressAsync(Head, second, "Bỏ qua");
        var summary = await bot.PressAsync(Head, third, "Bỏ qua");
        var pick = await bot.PressAsync(Head, summary, "Sửa");
        var saved = await bot.PressAsync(Head, await bot.PressAsync(Head, pick, "Quay lại"), "Xác nhận");

        Assert.Contains("ℹ️ 14 chỉ số đã có số liệu chính thức từ Cổng Dịch vụ công quốc gia nên không hỏi", first.Plain());
        Assert.Contains("(1/3) Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC", first.Plain());
        Assert.Contains("(2/3) Tỷ lệ PAKN xử lý đúng hạn", second.Plain());
        Assert.Contains("(3/3)", third.Plain());
        Assert.Contains("🏛 Giải quyết đúng hạn: 1166/1627 (71,67%) → 14,33/20 điểm", summary.Plain());
        Assert.Contains("✏️ Hài lòng tiếp nhận: 1500/1716 (87,41%) → 5,83/6 điểm", summary.Plain());
        Assert.Contains("🏛 là số liệu chính thức", summary.Plain());
        Assert.Equal(["✏️ Hài lòng tiếp nhận", "PAKN xử lý đúng hạn", "Hài lòng xử lý PAKN", "↩ Quay lại"], pick.Buttons.Select(b => b.Text));
        Assert.Contains("Đã lưu báo cáo", saved.Plain());
        Assert.Equal(["DOSSIER_RECEIVING_SATISFACTION"], bot.Get<IReportStore>().Find(Unit, October)!.Values.Keys);
    }

    [Fact]
    public async Task The_guided_report_has_nothing_to_ask_when_the_portal_published_every_metric()
    {
        await using var bot = await PortalBot.StartAsync();
        await PortalBot.ImportLinkedAsync(bot);
        await PortalBot.JoinAsHeadAsync(bot, Unit, Head);

        var periods = await bot.SayAsync(Head, "/report");
        var answer = await bot.PressAsync(Head, periods, "Tháng 10/2026");

        Assert.Contains("Mọi chỉ số của UBND Đặc khu Hòn Ngọc kỳ tháng 10/2026 đã có số liệu chính thức", answer.Plain());
        Assert.Empty(answer.Buttons);
    }

    [Fact]
    public async Task A_guided_report_confirmed_after_an_import_is_refused_for_what_became_official()
    {
        await using var bot = await PortalBot.StartAsync();
        await PortalBot.CreateUnitsAsync(bot);
        await PortalBot.JoinAsHeadAsync(bot, Unit, Head);
        var first = await bot.SayAsync(Head, "/report 2026-10");
        await PortalBot.ImportAsync(bot);

        var summary = await bot.SayAsync(Head, "10/12");
        var refused = await bot.PressAsync(Head, summary, "Xác nhận");

        Assert.Contains("(1/17) Tỷ lệ TTHC công bố đúng hạn", first.Plain());
        Assert.Contains("Tóm tắt báo cáo", summary.Plain());
        Assert.Contains(
            "• Chỉ số “Công bố TTHC đúng hạn” kỳ tháng 10/2026 đã có số liệu chính thức từ Cổng Dịch vụ công quốc gia (nhập từ tệp ngày 04/11/2026): không chấm; không thể nhập thay.",
            refused.Plain());
        Assert.Null(bot.Get<IReportStore>().Find(Unit, October));
    }

    [Fact]
    public async Task A_later_import_counts_over_a_typed_value_which_stays_in_the_history()
    {
        await using var bot = await PortalBot.StartAsync();
        await PortalBot.CreateUnitsAsync(bot);
        await PortalBot.JoinAsHeadAsync(bot, Unit, Head);
        var typed = await bot.SayAsync(Head, "/report 2026-10 SETTLED_ON_TIME=1627/1627");

        await PortalBot.ImportAsync(bot);
        var rank = await bot.SayAsync(Head, $"/rank {Unit} 2026-10");

        Assert.Contains("Đã lưu báo cáo", typed.Plain());
        Assert.Contains("• Giải quyết đúng hạn: 71,67% → 14,33/20", rank.Plain());
        var change = Assert.Single(bot.Get<IReportStore>().History(Unit, October));
        Assert.Equal("1627/1627", ValueText.Format(change.New));
    }
}
