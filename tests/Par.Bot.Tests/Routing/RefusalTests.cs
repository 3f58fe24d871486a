using static Par.Bot.Tests.Routing.RefusalProvince;

namespace Par.Bot.Tests.Routing;

/// <summary>What each role is refused, and with which words: the least role that may, or the rule about other units.</summary>
public sealed class RefusalTests(RefusalProvince province) : IClassFixture<RefusalProvince>
{
    private const string NeedsAUnit = "Bạn cần tham gia một đơn vị để dùng lệnh này";
    private const string HeadsOnly = "Chỉ lãnh đạo đơn vị được dùng lệnh này";
    private const string AdminsOnly = "Chỉ cán bộ Sở Nội vụ (quản trị viên) được dùng lệnh này";

    [Theory]
    [InlineData(Stranger, "/rank", NeedsAUnit)]
    [InlineData(Stranger, "/overdue", NeedsAUnit)]
    [InlineData(Stranger, "/invite", HeadsOnly)]
    [InlineData(Stranger, "/units", AdminsOnly)]
    [InlineData(Deputy, "/invite", HeadsOnly)]
    [InlineData(Deputy, "/tasks new", AdminsOnly)]
    [InlineData(Deputy, "/schedule", AdminsOnly)]
    [InlineData(Head, "/invite STP", AdminsOnly)]
    [InlineData(Head, "/invite all", AdminsOnly)]
    [InlineData(Head, "/broadcast", AdminsOnly)]
    [InlineData(Head, "/export", AdminsOnly)]
    [InlineData(Head, "/rank stp", "Bạn chỉ xem được điểm chi tiết của đơn vị mình")]
    [InlineData(Head, "/report STP 2025-04 ONTIME=1/2", "bạn chỉ được báo cáo cho đơn vị của mình, không phải <code>STP</code>")]
    public async Task A_command_is_refused_with_the_rule_that_refuses_it(long userId, string text, string refusal)
    {
        var reply = await province.Bot.SayAsync(userId, text);

        Assert.Contains(refusal, reply.Text);
    }

    [Theory]
    [InlineData(Stranger, "rp:x:p:2025-04", NeedsAUnit)]
    [InlineData(Deputy, "od:STP", AdminsOnly)]
    [InlineData(Head, "tn:new", AdminsOnly)]
    public async Task A_button_is_refused_with_the_least_role_that_may_press_it(long userId, string data, string refusal)
    {
        var message = await province.Bot.SayAsync(userId, "/help");

        var answer = await province.Bot.PressForAnswerAsync(userId, message, data);

        Assert.Contains(refusal, answer.Text);
    }
}
