using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Par.Bot.Tests.Hosting;
using Par.Core.Members;

namespace Par.Bot.Tests.Onboarding;

/// <summary>Guessing invite codes: wrong codes are counted per user and overall, and a guesser waits, good code or not.</summary>
public sealed class InviteGuessingTests : IAsyncLifetime
{
    private const long Guesser = 701;
    private readonly LogCapture _logs = new();
    private BotHarness _bot = null!;

    public async Task InitializeAsync() =>
        _bot = await BotHarness.StartAsync(
            new Dictionary<string, string?> { ["Invites:FailuresPerMinute"] = "12", ["Logging:LogLevel:Par"] = "Information" },
            services: services => services.AddSingleton<ILoggerProvider>(_logs));

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task After_five_wrong_codes_even_the_right_one_waits_until_the_window_passes()
    {
        var code = await InviteCodeAsync();

        foreach (var wrong in new[] { "AAAAAAAA", "BBBBBBBB", "CCCCCCCC", "DDDDDDDD", "EEEEEEEE" })
            Assert.Contains("Mã mời không đúng", (await _bot.SayAsync(Guesser, $"/start {wrong}")).Text);
        var refused = await _bot.SayAsync(Guesser, $"/start {code}");
        _bot.Clock.Advance(TimeSpan.FromMinutes(9));
        var stillRefused = await _bot.SayAsync(Guesser, $"/start {code}", "en");
        _bot.Clock.Advance(TimeSpan.FromMinutes(1));
        var joined = await _bot.SayAsync(Guesser, $"/start {code}");

        Assert.Contains("Bạn đã thử quá nhiều mã mời không đúng", refused.Text);
        Assert.Contains("kể cả mã đúng", refused.Text);
        Assert.Contains("thử lại sau 10 phút", refused.Text);
        Assert.Contains("not even a right one. Please try again in 1 minute.", stillRefused.Text);
        Assert.Contains("Chào mừng", joined.Text);
        Assert.Equal("SNV", _bot.Get<IMemberStore>().Find(Guesser)!.UnitCode);
        var warning = Assert.Single(_logs.Lines, line => line.Level == LogLevel.Warning && line.Message.Contains("invite codes", StringComparison.Ordinal));
        Assert.Contains($"User {Guesser} tried 5 wrong invite codes within 10 minutes", warning.Message);
    }

    [Fact]
    public async Task A_burst_of_wrong_codes_from_many_users_pauses_every_redemption_briefly_with_one_warning()
    {
        var code = await InviteCodeAsync();

        for (var user = 800; user < 815; user++)
            await _bot.SayAsync(user, "/start ZZZZZZZZ");
        var paused = await _bot.SayAsync(Guesser, $"/start {code}");
        _bot.Clock.Advance(TimeSpan.FromMinutes(1));
        var joined = await _bot.SayAsync(Guesser, $"/start {code}");

        Assert.Contains("Bot đang tạm ngừng nhận mã mời", paused.Text);
        Assert.Contains("thử lại sau 1 phút", paused.Text);
        Assert.Contains("Chào mừng", joined.Text);
        // Twelve wrong codes reached the limit; the other three users, and the good code, were refused unread.
        Assert.All(Enumerable.Range(812, 3), user => Assert.Contains("tạm ngừng", _bot.Api.SentTo(user).Single().Text));
        Assert.Single(_logs.Lines, line => line.Level == LogLevel.Warning && line.Message.Contains("from all users", StringComparison.Ordinal));
        Assert.Contains(_logs.Lines, line => line.Message.Contains("Invite redemptions open again; 4 were refused", StringComparison.Ordinal));
    }

    private async Task<string> InviteCodeAsync()
    {
        await _bot.SayAsync(BotHarness.AdminId, "/units add SNV \"Sở Nội vụ\" department");
        var invite = await _bot.SayAsync(BotHarness.AdminId, "/invite SNV");
        return System.Text.RegularExpressions.Regex.Match(invite.Text!, @"start=([A-Z0-9]{8})").Groups[1].Value;
    }
}
