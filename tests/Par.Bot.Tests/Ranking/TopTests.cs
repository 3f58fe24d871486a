using Microsoft.Extensions.DependencyInjection;
using Par.Bot.Hosting;
using Par.Bot.Tests.Fakes;
using SkiaSharp;

namespace Par.Bot.Tests.Ranking;

public sealed class TopTests : IAsyncLifetime
{
    private const long Head = 641;
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private RankingBot _bot = null!;

    public async Task InitializeAsync() => _bot = await RankingBot.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Top_sends_the_leaderboard_then_a_png_picture_of_it()
    {
        await _bot.AddUnitWithHeadAsync("SNV", "Sở Nội vụ", Head);
        await _bot.AddUnitAsync("STP", "Sở Tư pháp");
        await _bot.AddUnitAsync("SYT", "Sở Y tế");
        await _bot.ReportAsync("SNV", "2025-04", "ONTIME=490/500 DISCLOSE=100");
        await _bot.ReportAsync("STP", "2025-04", "ONTIME=500/500 DISCLOSE=100 ONLINE=50");

        var board = (await _bot.SayAsync(Head, "/top")).Plain();
        var photo = await _bot.Api.WaitForMessage(Head, m => m.Method == "sendPhoto");

        Assert.Contains("Bảng xếp hạng khối Sở, ban, ngành — tháng 4/2025", board);
        Assert.Contains("3 đơn vị, 2 đã báo cáo · trung bình 43,80 điểm", board);
        Assert.Contains("1. Sở Tư pháp — 50,00 (Trung bình)\n▶ 2. Sở Nội vụ — 37,60 (Yếu)", board);
        Assert.Contains("Chưa báo cáo (1): Sở Y tế", board);
        Assert.Contains("Xếp hạng khối Sở, ban, ngành — tháng 4/2025", photo.Plain());
        AssertPng(photo, width: 1100, height: 130 + (26 * 3));
    }

    [Fact]
    public async Task A_big_group_gets_a_tall_picture_and_a_leaderboard_split_under_telegrams_limit()
    {
        Assert.NotNull(ActivatorUtilities.CreateInstance<DemoSeeder>(_bot.Harness.Services).SeedIfEmpty());

        var parts = new List<SentMessage> { await _bot.SayAsync(RankingBot.Admin, "/top commune 2025-04") };
        SentMessage photo;
        while ((photo = await _bot.Api.WaitForMessage(RankingBot.Admin)).Method != "sendPhoto")
        {
            parts.Add(photo);
        }

        Assert.All(parts, part => Assert.InRange(part.Text!.Length, 1, 4096));
        var board = string.Join('\n', parts.Select(part => part.Plain()));
        Assert.Contains("60 đơn vị, 60 đã báo cáo", board);
        Assert.Contains("Đặc khu Côn Đảo", board);
        AssertPng(photo, width: 1100, height: 130 + (26 * 60));
    }

    [Theory]
    [InlineData("/top 2025-04 province", "Cách dùng: /top [KHỐI] [KỲ]")]
    [InlineData("/top commune 2025-04", "Chưa có đơn vị nào thuộc khối Xã, phường, đặc khu báo cáo kỳ tháng 4/2025.")]
    public async Task Top_explains_a_bad_argument_or_an_empty_group(string command, string expected)
    {
        Assert.Contains(expected, (await _bot.SayAsync(RankingBot.Admin, command)).Plain());
    }

    private static void AssertPng(SentMessage photo, int width, int height)
    {
        Assert.Equal("top.png", photo.FileName);
        var png = photo.FileContent!;
        Assert.Equal(PngSignature, png[..8]);
        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal((width, height), (bitmap.Width, bitmap.Height));
    }
}
