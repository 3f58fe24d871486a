using System.Text;
using Par.Bot.Tests.Hosting;
using Par.Core.Tests.Portal;

namespace Par.Bot.Tests.Portal;

public sealed class PortalRankTests
{
    [Fact]
    public async Task Rank_shows_the_groups_and_what_it_takes_to_win_back_the_points_lost_most()
    {
        await using var bot = await PortalBot.StartAsync();
        await PortalBot.ImportLinkedAsync(bot);

        var answer = await bot.SayAsync(BotHarness.AdminId, "/rank H99.107 2026-10");

        Assert.Contains("<b>64,56 điểm</b>", answer.Text);
        Assert.Contains("hạng <b>4/8</b>", answer.Text);
        Assert.Contains("• Tiến độ giải quyết: 14,33/20 (mất 5,67)", answer.Text);
        Assert.Contains("• Mức độ hài lòng: 16,55/18 (mất 1,45)", answer.Text);
        Assert.Contains("• Giải quyết đúng hạn: 71,67% → 14,33/20; thêm 461 hồ sơ giải quyết đúng hạn (đến 100%) để được +5,67 điểm", answer.Text);
        Assert.Contains("• Chia sẻ dữ liệu số hóa: 13% → 0,52/4; thêm 2.504 hồ sơ có kết nối, chia sẻ (đến 100%) để được +3,48 điểm", answer.Text);
    }

    [Fact]
    public async Task Rank_flags_a_published_score_that_its_counts_do_not_give()
    {
        await using var bot = await PortalBot.StartAsync();
        await PortalBot.ImportLinkedAsync(bot);
        var changed = Encoding.UTF8.GetString(Samples.Bytes("dvc-progress-tree")).Replace("\"score\": 14.33", "\"score\": 14.34", StringComparison.Ordinal);
        bot.Api.SendDocument(BotHarness.AdminId, Encoding.UTF8.GetBytes(changed), "tien-do.json", "2026-10");
        await bot.Api.WaitForMessage(BotHarness.AdminId);

        var answer = await bot.SayAsync(BotHarness.AdminId, "/rank H99.107 2026-10");

        Assert.Contains("điểm Cổng 14,34 — tính lại 14,33", answer.Text);
    }
}
