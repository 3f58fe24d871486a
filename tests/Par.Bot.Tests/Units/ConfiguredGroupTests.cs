using Par.Bot.Tests.Ranking;

namespace Par.Bot.Tests.Units;

/// <summary>A province configures its own groups: their names and aliases, and English falling back to Vietnamese.</summary>
public sealed class ConfiguredGroupTests
{
    [Fact]
    public async Task Configured_groups_replace_the_defaults_and_a_group_without_an_english_name_reads_in_vietnamese()
    {
        await using var bot = await RankingBot.StartAsync(new Dictionary<string, string?>
        {
            ["Units:Groups:0:Code"] = "district",
            ["Units:Groups:0:NameVi"] = "Quận, huyện",
            ["Units:Groups:0:Aliases:0"] = "huyện",
            ["Units:Groups:1:Code"] = "commune",
            ["Units:Groups:1:NameVi"] = "Xã",
            ["Units:Groups:1:NameEn"] = "Communes",
        });

        var vi = (await bot.SayAsync(RankingBot.Admin, "/units add H-A \"Huyện A\" Huyện")).Plain();
        var en = (await bot.SayAsync(RankingBot.Admin, "/units add XA-A \"Xã A\" xã", language: "en")).Plain();
        var refused = (await bot.SayAsync(RankingBot.Admin, "/units add SNV \"Sở Nội vụ\" sở", language: "en")).Plain();

        Assert.Contains("Đã lưu đơn vị H-A Huyện A (khối Quận, huyện).", vi);
        Assert.Contains("Saved unit XA-A Xã A (Communes).", en);
        Assert.Contains("there is no group “sở”; use one of: Quận, huyện (huyện); Communes", refused);
    }
}
