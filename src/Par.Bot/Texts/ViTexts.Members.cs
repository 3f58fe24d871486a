using System.Globalization;
using Par.Core.Invites;
using Par.Core.Members;
using Par.Core.Units;
using static Par.Bot.Telegram.Html;

namespace Par.Bot.Texts;

public sealed partial class ViTexts
{
    public string InvitesReplaced(IReadOnlyList<string> codes) => codes.Count == 0
        ? ""
        : $"\nMã mời lãnh đạo cũ chưa dùng của đơn vị đã bị thu hồi: {string.Join(", ", codes.Select(Code))}.";

    public string InviteList(IReadOnlyList<(Invite Invite, Unit? Unit, DateTimeOffset ExpiresLocal)> invites, int more)
    {
        if (invites.Count == 0)
            return "Không có mã mời nào đang còn hiệu lực.";
        var lines = new List<string> { $"<b>Mã mời còn hiệu lực ({invites.Count + more}):</b>" };
        lines.AddRange(invites.Select(i =>
            $"• {Code(i.Invite.Code)} — {RoleName(i.Invite.Role)} {Bold(i.Unit?.Name ?? i.Invite.UnitCode)}, hết hạn {i.ExpiresLocal.ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture)}"));
        if (more > 0)
            lines.Add($"… và {more} mã khác.");
        lines.Add("Thu hồi một mã: <code>/invite revoke MÃ</code>.");
        return string.Join('\n', lines);
    }

    public string InviteRevoked(string code) => $"✅ Đã thu hồi mã mời {Code(code)}. Mã này không dùng được nữa.";

    public string InviteRevokeFailed(RevokeOutcome outcome, string code) => outcome switch
    {
        RevokeOutcome.AlreadyUsed => $"Mã {Code(code)} đã được sử dụng, không thu hồi được. Nếu cần, dùng <code>/members remove</code>.",
        RevokeOutcome.AlreadyRevoked => $"Mã {Code(code)} đã bị thu hồi từ trước.",
        RevokeOutcome.Expired => $"Mã {Code(code)} đã hết hạn, không cần thu hồi.",
        _ => $"Không tìm thấy mã mời {Code(Cut(code))}. Gõ <code>/invite list</code> để xem các mã còn hiệu lực.",
    } + " Không có gì thay đổi.";

    public string MoveConfirm(Unit current, Unit target, Role role) =>
        $"Bạn đang là thành viên của {Bold(current.Name)}. Mã mời này đưa bạn sang {Bold(target.Name)} với vai trò <b>{RoleName(role)}</b>.\n" +
        $"Nếu chuyển, bạn sẽ rời {Bold(current.Name)}. Bạn có muốn chuyển không?";

    public string MoveButton(Unit target) => $"✅ Chuyển sang {target.Code}";
    public string StayButton(Unit current) => $"✖ Ở lại {current.Code}";
    public string MoveDeclined(Unit current) => $"Bạn vẫn là thành viên của {Bold(current.Name)}. Không có gì thay đổi.";

    public string FormerHeadNowDeputy(string formerHeadName) =>
        $"\nLãnh đạo đơn vị trước đây, {E(formerHeadName)}, nay là cấp phó.";

    public string YouAreNowDeputy(Unit unit, string newHeadName) =>
        $"Thông báo: {E(newHeadName)} đã nhận mã mời lãnh đạo {Bold(unit.Name)}. Mỗi đơn vị có một lãnh đạo, nên từ nay bạn là <b>cấp phó</b> của đơn vị.";

    public string MembersList(Unit unit, IReadOnlyList<(Member Member, DateTimeOffset JoinedLocal)> members)
    {
        if (members.Count == 0)
            return $"{Bold(unit.Name)} ({Code(unit.Code)}) chưa có thành viên nào. Mời lãnh đạo đơn vị: <code>/invite {E(unit.Code)}</code>.";
        var lines = new List<string> { $"<b>Thành viên {E(unit.Name)}</b> ({Code(unit.Code)}):" };
        lines.AddRange(members.Select(m =>
            $"• {E(m.Member.Name)} — {RoleName(m.Member.UnitRole)}, tham gia {m.JoinedLocal.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)} (mã người dùng {Code(m.Member.UserId.ToString(CultureInfo.InvariantCulture))})"));
        lines.Add("Bỏ một thành viên: bấm nút dưới đây hoặc gõ <code>/members remove MÃ_NGƯỜI_DÙNG</code>.");
        return string.Join('\n', lines);
    }

    public string MembersUsage =>
        "Cách dùng: <code>/members</code> (đơn vị của bạn), <code>/members MÃ_ĐƠN_VỊ</code> (quản trị viên), <code>/members remove MÃ_NGƯỜI_DÙNG</code>.";

    public string MemberRemoveButton(Member member) => $"❌ Bỏ {Cut(member.Name, 30)}";

    public string MemberRemoveConfirm(Member member, Unit? unit) =>
        $"Bỏ {Bold(member.Name)} ({RoleName(member.UnitRole)}) khỏi {Bold(unit?.Name ?? member.UnitCode)}? Người này sẽ được thông báo.";

    public string MemberRemoveConfirmButton => "✅ Xác nhận bỏ";
    public string MemberRemoveCancelButton => "✖ Không";
    public string MemberRemoveCancelled => "Đã hủy. Không có gì thay đổi.";
    public string MemberRemoved(Member member) => $"✅ Đã bỏ {Bold(member.Name)} khỏi đơn vị. Người này đã được thông báo.";

    public string MemberRemovedNotice(Unit? unit) =>
        $"Bạn không còn là thành viên của {Bold(unit?.Name ?? "đơn vị")} trên Par. Nếu đây là nhầm lẫn, hãy xin mã mời mới.";

    public string MemberRemoveFailed(MemberRemoval outcome, string who) => outcome switch
    {
        MemberRemoval.NotAllowed => "Lãnh đạo đơn vị chỉ bỏ được cấp phó của đơn vị mình; không tự bỏ chính mình.",
        _ => $"Không tìm thấy thành viên {Code(Cut(who))} trong đơn vị. Gõ <code>/members</code> để xem danh sách.",
    } + " Không có gì thay đổi.";

    private static string Cut(string text, int max = 60) => text.Length > max ? text[..max] + "…" : text;
}
