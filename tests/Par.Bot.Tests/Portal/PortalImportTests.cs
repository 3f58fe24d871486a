using System.Text;
using Par.Bot.Tests.Hosting;
using Par.Core.Periods;
using Par.Core.Portal;
using Par.Core.Tests.Portal;
using Par.Core.Units;

namespace Par.Bot.Tests.Portal;

public sealed class PortalImportTests
{
    private static readonly Period October = Period.ForMonth(2026, 10);

    [Fact]
    public async Task An_admin_imports_the_province_in_one_message_after_creating_its_units_with_one_button()
    {
        await using var bot = await PortalBot.StartAsync();

        bot.Api.SendDocument(BotHarness.AdminId, PortalBot.Zip(), "cong-dvc.zip", "Số liệu Cổng tháng 10/2026");
        var first = await bot.Api.WaitForMessage(BotHarness.AdminId);
        var created = await bot.PressAsync(BotHarness.AdminId, first, "Tạo 13 đơn vị");
        bot.Api.SendDocument(BotHarness.AdminId, PortalBot.Zip(), "cong-dvc.zip", "2026-10");
        var imported = await bot.Api.WaitForMessage(BotHarness.AdminId);

        Assert.Contains("13 đơn vị trên Cổng chưa gắn", first.Text);
        Assert.Contains("H99.107", first.Text);
        Assert.Contains("Đã tạo 13 đơn vị", created.Text);
        Assert.Equal("commune", bot.Get<IUnitStore>().Find("H99.107")!.Group);
        Assert.Contains("kỳ tháng 10/2026", imported.Text);
        Assert.Equal(6, imported.Text!.Split('\n').Count(line => line.StartsWith('✅') && line.EndsWith("13 đơn vị", StringComparison.Ordinal)));
        Assert.DoesNotContain("⚠️", imported.Text);
        Assert.Empty(imported.Buttons);
        var scores = bot.Get<IPortalScoreStore>().ScoresOf(October);
        Assert.Equal(13, scores.Count);
        Assert.All(scores.Values.SelectMany(metrics => metrics.Values), metric => Assert.Equal(metric.Official, metric.Computed));
    }

    [Fact]
    public async Task Files_sent_one_by_one_without_a_period_wait_for_the_period_button()
    {
        await using var bot = await PortalBot.StartAsync();
        await PortalBot.ImportLinkedAsync(bot);

        bot.Api.SendDocument(BotHarness.AdminId, Samples.Bytes("transparency"), "a.json");
        await bot.Api.WaitForMessage(BotHarness.AdminId);
        bot.Api.SendDocument(BotHarness.AdminId, Samples.Bytes("handling-satisfaction"), "b.json");
        var asked = await bot.Api.WaitForMessage(BotHarness.AdminId);
        var imported = await bot.PressAsync(BotHarness.AdminId, asked, "tháng 10/2026");

        Assert.Contains("Đã nhận 2 tệp", asked.Text);
        Assert.Contains("✅ a.json — Công khai, minh bạch: 13 đơn vị (thay số liệu", imported.Text);
        Assert.Contains("✅ b.json — Mức độ hài lòng: 13 đơn vị", imported.Text);
        // The same figures again: they replace the import's date, and no copy of them is history.
        Assert.Empty(bot.Get<IPortalScoreStore>().History(October));
    }

    [Fact]
    public async Task A_bad_file_is_answered_precisely_and_stores_nothing()
    {
        await using var bot = await PortalBot.StartAsync();
        await PortalBot.ImportLinkedAsync(bot);
        var moved = Encoding.UTF8.GetString(Samples.Bytes("dvc-progress-tree"))
            .Replace("\"totalOnTime\": 1166", "\"totalOnTime\": \"1166\"", StringComparison.Ordinal);

        bot.Api.SendDocument(BotHarness.AdminId, Encoding.UTF8.GetBytes("<html>Bad gateway</html>"), "x.json", "2026-10");
        var notJson = await bot.Api.WaitForMessage(BotHarness.AdminId);
        bot.Api.SendDocument(BotHarness.AdminId, Encoding.UTF8.GetBytes(moved), "tien-do.json", "2026-10");
        var notNumber = await bot.Api.WaitForMessage(BotHarness.AdminId);
        bot.Api.SendDocument(BotHarness.AdminId, Encoding.UTF8.GetBytes("{\"code\":\"FORBIDDEN\",\"message\":\"Không có quyền\"}"), "y.json", "2026-10");
        var notOk = await bot.Api.WaitForMessage(BotHarness.AdminId);

        Assert.Contains("❌ x.json: không phải tệp JSON", notJson.Text);
        Assert.Contains("❌ tien-do.json: UBND Đặc khu Hòn Ngọc: giá trị không phải là số (<code>totalOnTime: &quot;1166&quot;</code>). Không có gì từ tệp này được lưu.", notNumber.Text);
        Assert.Contains("Cổng trả lời lỗi <code>FORBIDDEN</code> “Không có quyền”", notOk.Text);
        Assert.Empty(bot.Get<IPortalScoreStore>().History(October));
    }

    [Fact]
    public async Task A_locked_period_refuses_the_files()
    {
        await using var bot = await PortalBot.StartAsync();
        await bot.SayAsync(BotHarness.AdminId, "/period lock 2026-09");

        bot.Api.SendDocument(BotHarness.AdminId, Samples.Bytes("transparency"), "t.json", "tháng 9/2026");
        var refused = await bot.Api.WaitForMessage(BotHarness.AdminId);

        Assert.Contains("kỳ 2026-09 đã khóa", refused.Text);
        Assert.Empty(bot.Get<IPortalScoreStore>().Periods());
    }

    [Fact]
    public async Task A_published_score_its_counts_do_not_give_is_flagged_and_counts()
    {
        await using var bot = await PortalBot.StartAsync();
        await PortalBot.ImportLinkedAsync(bot);
        var changed = Encoding.UTF8.GetString(Samples.Bytes("dvc-progress-tree")).Replace("\"score\": 14.33", "\"score\": 14.34", StringComparison.Ordinal);

        bot.Api.SendDocument(BotHarness.AdminId, Encoding.UTF8.GetBytes(changed), "tien-do.json", "2026-10");
        var answer = await bot.Api.WaitForMessage(BotHarness.AdminId);

        Assert.Contains("• UBND Đặc khu Hòn Ngọc — Giải quyết đúng hạn: điểm Cổng 14,34 — tính lại 14,33", answer.Text);
    }

    [Fact]
    public async Task Only_an_admin_imports_the_portal()
    {
        await using var bot = await PortalBot.StartAsync();

        bot.Api.SendDocument(4242, Samples.Bytes("transparency"), "t.json", "2026-10");
        var refused = await bot.Api.WaitForMessage(4242);

        Assert.DoesNotContain("✅", refused.Text);
        Assert.Empty(bot.Get<IPortalScoreStore>().Periods());
    }
}
