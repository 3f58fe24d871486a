using System.Text.RegularExpressions;
using Par.Bot.Tests.Dossiers;
using Par.Bot.Tests.Hosting;
using Par.Core.Members;

namespace Par.Bot.Tests.Journeys;

/// <summary>
/// A department changes its head: the office issues a new head invite, the old unused code stops working, the
/// new head takes over and the old one stays on as deputy; someone from another unit is asked before moving;
/// the head tidies the unit's members and codes.
/// </summary>
public sealed partial class LeadershipChangeJourney : IAsyncLifetime
{
    private const long Admin = BotHarness.AdminId;
    private const long OldHead = 501;
    private const long NewHead = 502;
    private const long OtherHead = 601;
    private const long Deputy = 503;
    private BotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await Province.StartAsync();
        await _bot.AddUnitAsync("SNV", "Sở Nội vụ");
        await _bot.AddUnitAsync("STP", "Sở Tư pháp");
        await _bot.JoinAsHeadAsync(OldHead, "SNV");
        await _bot.JoinAsHeadAsync(OtherHead, "STP");
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_new_head_invite_revokes_the_unused_one_and_the_old_code_is_refused_with_the_reason()
    {
        var first = CodeIn((await _bot.SayAsync(Admin, "/invite SNV")).Text!);
        var second = await _bot.SayAsync(Admin, "/invite SNV");

        Assert.Contains($"Mã mời lãnh đạo cũ chưa dùng của đơn vị đã bị thu hồi: <code>{first}</code>", second.Text);
        Assert.Contains("đã bị thu hồi", (await _bot.SayAsync(NewHead, $"/start {first}")).Text);
        Assert.Null(_bot.Get<IMemberStore>().Find(NewHead)?.UnitCode);
    }

    [Fact]
    public async Task The_new_head_takes_over_and_the_old_head_becomes_a_deputy_both_told_nobody_else()
    {
        var code = CodeIn((await _bot.SayAsync(Admin, "/invite SNV")).Text!);
        var mark = _bot.Api.AllSent.Count;

        var joined = await _bot.SayAsync(NewHead, $"/start {code}");
        var notice = await _bot.Api.WaitForMessage(OldHead);

        Assert.Contains("lãnh đạo đơn vị", joined.Text);
        Assert.Contains("nay là cấp phó", joined.Text);
        Assert.Contains("từ nay bạn là <b>cấp phó</b>", notice.Text);
        Assert.Equal([OldHead, NewHead], _bot.Api.ChatsMessagedSince(mark));

        var members = (await _bot.SayAsync(NewHead, "/members")).Text!;
        Assert.Matches(@"User 502 — lãnh đạo đơn vị.*\n• User 501 — cấp phó", members);
        Assert.Contains("Chỉ lãnh đạo đơn vị", (await _bot.SayAsync(OldHead, "/invite")).Text);
    }

    [Fact]
    public async Task A_member_of_another_unit_is_asked_before_moving_and_nothing_changes_until_they_confirm()
    {
        var code = CodeIn((await _bot.SayAsync(Admin, "/invite SNV")).Text!);

        var question = await _bot.SayAsync(OtherHead, $"/start {code}");

        Assert.Contains("Bạn đang là thành viên của <b>Sở Tư pháp</b>", question.Text);
        Assert.Equal("STP", _bot.Get<IMemberStore>().Find(OtherHead)!.UnitCode);
        Assert.Contains($"<code>{code}</code>", (await _bot.SayAsync(Admin, "/invite list")).Text);

        var stayed = await _bot.PressAsync(OtherHead, question, "Ở lại");
        Assert.Contains("Không có gì thay đổi", stayed.Text);
        Assert.Equal("STP", _bot.Get<IMemberStore>().Find(OtherHead)!.UnitCode);

        var again = await _bot.SayAsync(OtherHead, $"/start {code}");
        var moved = await _bot.PressAsync(OtherHead, again, "Chuyển sang SNV");
        Assert.Contains("Bạn đã tham gia <b>Sở Nội vụ</b>", moved.Text);
        Assert.Equal("SNV", _bot.Get<IMemberStore>().Find(OtherHead)!.UnitCode);
    }

    [Fact]
    public async Task A_head_lists_and_removes_a_deputy_who_is_told_and_lists_and_revokes_open_codes()
    {
        var deputyCode = CodeIn((await _bot.SayAsync(OldHead, "/invite")).Text!);
        await _bot.SayAsync(Deputy, $"/start {deputyCode}");
        var spare = CodeIn((await _bot.SayAsync(OldHead, "/invite")).Text!);

        var list = await _bot.SayAsync(OldHead, "/invite list");
        Assert.Contains($"<code>{spare}</code> — cấp phó <b>Sở Nội vụ</b>", list.Text);
        Assert.DoesNotContain("Sở Tư pháp", list.Text);
        Assert.Contains("Đã thu hồi mã mời", (await _bot.SayAsync(OldHead, $"/invite revoke {spare}")).Text);
        Assert.Contains("đã bị thu hồi từ trước", (await _bot.SayAsync(OldHead, $"/invite revoke {spare}")).Text);

        var members = await _bot.SayAsync(OldHead, "/members");
        Assert.Contains("• User 503 — cấp phó", members.Text);
        var confirm = await _bot.PressAsync(OldHead, members, "Bỏ User 503");
        var mark = _bot.Api.AllSent.Count;
        var removed = await _bot.PressAsync(OldHead, confirm, "Xác nhận bỏ");
        var notice = await _bot.Api.WaitForMessage(Deputy);

        Assert.Contains("Đã bỏ <b>User 503</b>", removed.Text);
        Assert.Contains("Bạn không còn là thành viên của <b>Sở Nội vụ</b>", notice.Text);
        Assert.Equal([OldHead, Deputy], _bot.Api.ChatsMessagedSince(mark));
        Assert.Contains("Bạn cần tham gia một đơn vị", (await _bot.SayAsync(Deputy, "/rank")).Text);
        Assert.Contains("Không tìm thấy thành viên <code>501</code>", (await _bot.SayAsync(OtherHead, $"/members remove {OldHead}")).Text);
        Assert.Contains("chỉ bỏ được cấp phó", (await _bot.SayAsync(OldHead, $"/members remove {OldHead}")).Text);
        Assert.Equal("SNV", _bot.Get<IMemberStore>().Find(OldHead)!.UnitCode);
    }

    [Fact]
    public async Task An_admin_sees_any_units_members_and_a_head_only_their_own()
    {
        var admin = await _bot.SayAsync(Admin, "/members STP");
        Assert.Contains("<b>Thành viên Sở Tư pháp</b>", admin.Text);
        Assert.Contains("User 601 — lãnh đạo đơn vị", admin.Text);

        Assert.Contains("Chỉ cán bộ", (await _bot.SayAsync(OldHead, "/members STP")).Text);
        await _bot.SayAsync(Deputy, $"/start {CodeIn((await _bot.SayAsync(OldHead, "/invite")).Text!)}");
        Assert.Contains("Chỉ lãnh đạo đơn vị", (await _bot.SayAsync(Deputy, "/members")).Text);
    }

    private static string CodeIn(string text) => StartCode().Match(text).Groups[1].Value;

    [GeneratedRegex(@"start=([A-Z0-9]{8})")]
    private static partial Regex StartCode();
}
