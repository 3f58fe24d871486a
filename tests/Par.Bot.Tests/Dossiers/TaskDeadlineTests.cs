using Par.Bot.Tests.Hosting;
using Par.Core.Tasks;

namespace Par.Bot.Tests.Dossiers;

/// <summary>Deadlines typed the short way: <c>10/12</c> is this year's 10 December, or next year's once it has passed.</summary>
public sealed class TaskDeadlineTests : IAsyncLifetime
{
    /// <summary>Monday 16/11/2026 10:00 in Vietnam.</summary>
    private static readonly DateTimeOffset MidNovember = new(2026, 11, 16, 10, 0, 0, TimeSpan.FromHours(7));

    private BotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotHarness.StartAsync(null, new TestClock(MidNovember));
        await _bot.AddUnitAsync("SNV", "Sở Nội vụ");
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("10/12", "23:59 10/12/2026")]
    [InlineData("10/12 17:00", "17:00 10/12/2026")]
    [InlineData("10/12/2026 17:00", "17:00 10/12/2026")]
    [InlineData("2026-12-10", "23:59 10/12/2026")]
    [InlineData("16/11 08:00", "08:00 16/11/2027")]
    [InlineData("05/01", "23:59 05/01/2027")]
    public async Task An_admin_assigns_a_task_with_a_deadline_written_the_short_way(string deadline, string expected)
    {
        var assigned = await _bot.SayAsync(BotHarness.AdminId, $"/tasks new SNV {deadline} Rà soát 15 TTHC");

        Assert.Contains($"Đã giao nhiệm vụ <code>T-1</code> cho <b>Sở Nội vụ</b>, hạn {expected}", assigned.Text);
        Assert.Equal("Rà soát 15 TTHC", _bot.Get<ITaskStore>().Find(1)!.Description);
    }

    [Fact]
    public async Task The_guided_form_takes_a_short_deadline_and_refuses_a_nonsense_one()
    {
        var groups = await _bot.SayAsync(BotHarness.AdminId, "/tasks new");
        var units = await _bot.PressAsync(BotHarness.AdminId, groups, "Sở, ban, ngành");
        var coordinators = await _bot.PressAsync(BotHarness.AdminId, units, "SNV");
        await _bot.PressAsync(BotHarness.AdminId, coordinators, "Tiếp tục");

        var refused = await _bot.SayAsync(BotHarness.AdminId, "31/02");
        var description = await _bot.SayAsync(BotHarness.AdminId, "10/12 17:00");

        Assert.Contains("“31/02” không phải thời hạn hợp lệ. Nhập lại, ví dụ <code>23/11/2026</code>", refused.Text);
        Assert.Contains("Bước 4/8: nhập nội dung nhiệm vụ cho <b>Sở Nội vụ</b> (hạn 17:00 10/12/2026)", description.Text);
    }
}
