using Par.Core.Broadcasts;
using Par.Core.Members;
using static Par.Bot.Telegram.Html;

namespace Par.Bot.Texts;

public sealed partial class ViTexts
{
    public string BroadcastUsage =>
        "Cách dùng:\n/broadcast — soạn và gửi thông báo tới các đơn vị\n/broadcast status — các thông báo gần đây: số người đã nhận, đã xác nhận";
    public string BroadcastAskContent =>
        "📢 <b>Soạn thông báo</b>\nHãy gửi nội dung thông báo. Có thể dùng chữ đậm, nghiêng, liên kết… và kèm <b>một</b> ảnh hoặc tệp (nội dung viết ở phần chú thích).\nGõ /cancel để hủy.";
    public string BroadcastContentMissing => "Thông báo chưa có nội dung. Hãy gửi văn bản, hoặc một ảnh hay tệp kèm chú thích. Gõ /cancel để hủy.";
    public string BroadcastTooLong(int limit) => $"Thông báo quá dài (tối đa {limit} ký tự, kể cả định dạng). Hãy rút gọn rồi gửi lại. Chưa có gì được gửi.";
    public string BroadcastUseButtons => "Hãy chọn bằng các nút ở tin nhắn phía trên, hoặc gõ /cancel để hủy.";

    public string BroadcastChooseAudience => "Gửi thông báo tới những đơn vị nào?";
    public string BroadcastEveryoneButton => "Tất cả đơn vị";
    public string BroadcastGroupButton(string group) => $"Nhóm {group}";
    public string BroadcastPickUnitsButton => "Chọn từng đơn vị…";
    public string BroadcastUnitPicker(int selected) =>
        $"Bấm vào đơn vị để chọn hoặc bỏ chọn (đã chọn <b>{selected}</b>). Cũng có thể gõ mã các đơn vị, cách nhau bằng dấu cách. Chọn xong, bấm «Tiếp tục».";
    public string BroadcastUnknownUnits(IReadOnlyList<string> codes) =>
        $"Không tìm thấy đơn vị: {string.Join(", ", codes.Select(Code))}. Danh sách đã chọn không thay đổi.";
    public string BroadcastNoUnitChosen => "Hãy chọn ít nhất một đơn vị.";
    public string BroadcastContinueButton => "Tiếp tục ›";
    public string BroadcastBackButton => "‹ Quay lại";
    public string BroadcastPreviousPageButton => "‹ Trang trước";
    public string BroadcastNextPageButton => "Trang sau ›";
    public string BroadcastChooseMembers(BroadcastAudience audience) =>
        $"Người nhận: {AudienceUnits(audience)}.\nGửi cho lãnh đạo đơn vị hay tất cả thành viên?";
    public string BroadcastHeadsOnlyButton => "Chỉ lãnh đạo đơn vị";
    public string BroadcastAllMembersButton => "Tất cả thành viên";
    public string BroadcastAudienceChosen(BroadcastAudience audience) => $"Người nhận: {AudienceUnits(audience)}, {AudienceMembers(audience)}.";

    public string BroadcastConfirm(BroadcastAudience audience, int recipients, int unreachable) =>
        $"☝️ Trên đây là bản xem trước của thông báo.\nSẽ gửi tới <b>{recipients}</b> người ({AudienceUnits(audience)}, {AudienceMembers(audience)})." +
        (unreachable > 0 ? $"\n{unreachable} người đã chặn bot sẽ không nhận được." : "") +
        "\nBấm «Gửi» để gửi đi, hoặc «Hủy».";
    public string BroadcastNoRecipients(BroadcastAudience audience, int unreachable) =>
        $"Không có ai để gửi: {AudienceUnits(audience)} ({AudienceMembers(audience)}) chưa có thành viên nào nhận được tin" +
        (unreachable > 0 ? $"; {unreachable} người đã chặn bot" : "") + ". Hãy chọn lại người nhận.";
    public string BroadcastSendButton(int recipients) => $"✅ Gửi tới {recipients} người";
    public string BroadcastCancelButton => "Hủy";
    public string BroadcastChooseAgainButton => "Chọn lại người nhận";
    public string BroadcastStarted(int recipients) => $"Đang gửi tới {recipients} người…";
    public string BroadcastCancelled => "Đã hủy thông báo. Không có gì được gửi.";
    public string BroadcastAlreadySent => "Thông báo này đã được gửi.";

    public string BroadcastProgress(string id, BroadcastProgress progress) =>
        $"📤 Đang gửi thông báo #{E(id)}…\nĐã gửi {progress.Delivered}/{progress.Total}" +
        (progress.Blocked > 0 ? $", {progress.Blocked} người đã chặn bot" : "") +
        (progress.Failed > 0 ? $", {progress.Failed} lỗi" : "");
    public string BroadcastReport(Broadcast finished, TimeSpan took) =>
        $"✅ <b>Đã gửi xong thông báo #{E(finished.Id)}</b>\n" +
        $"Đã gửi tới: {finished.Delivered}/{finished.Recipients} người\n" +
        $"Đã chặn bot: {finished.Blocked}\n" +
        $"Gửi lỗi: {finished.Failed}\n" +
        (finished.Skipped > 0 ? $"Bỏ qua (đã chặn bot từ trước): {finished.Skipped}\n" : "") +
        $"Thời gian: {BroadcastDuration(took)}";
    public string BroadcastUnacknowledgedButton => "Ai chưa xác nhận?";

    public string AcknowledgeButton => "✅ Đã nhận";
    public string Acknowledged(AcknowledgeOutcome outcome) => outcome switch
    {
        AcknowledgeOutcome.Recorded => "Đã ghi nhận bạn đã nhận thông báo. Cảm ơn!",
        AcknowledgeOutcome.AlreadyRecorded => "Bạn đã xác nhận thông báo này rồi (đã ghi nhận trước đó).",
        _ => "Thông báo này không được gửi tới bạn (có thể là bản xem trước).",
    };

    public string BroadcastStatus(IReadOnlyList<BroadcastStatusLine> lines) =>
        lines.Count == 0
            ? "Chưa có thông báo nào. Gõ /broadcast để soạn thông báo."
            : "<b>Thông báo gần đây</b>\n" + string.Join("\n", lines.Select(line =>
                $"#{E(line.Broadcast.Id)} · {line.CreatedLocal:dd/MM HH:mm} · «{E(line.Broadcast.Summary)}»\n" +
                $"    đã gửi {line.Progress.Delivered}/{line.Progress.Total}, đã xác nhận {line.Acknowledged}" +
                (line.Progress.Blocked > 0 ? $", chặn bot {line.Progress.Blocked}" : "") +
                (line.Progress.Failed > 0 ? $", lỗi {line.Progress.Failed}" : "") +
                (line.Broadcast.FinishedUtc is null ? " (đang gửi)" : "")));
    public string BroadcastStatusButton(string id) => $"Chưa xác nhận #{id}";
    public string BroadcastUnacknowledged(Broadcast broadcast, IReadOnlyList<Member> pending) =>
        pending.Count == 0
            ? $"Mọi người đã nhận thông báo #{E(broadcast.Id)} đều đã xác nhận."
            : $"<b>{pending.Count} người chưa xác nhận thông báo #{E(broadcast.Id)}</b> («{E(broadcast.Summary)}»):\n" +
              string.Join("\n", pending.Select(m => $"• {E(m.Name)}" + (m.UnitCode is { } unit ? $" — {Code(unit)}" : "")));
    public string BroadcastRemindButton(int count) => $"🔔 Nhắc {count} người";
    public string BroadcastReminder(string summary) =>
        $"🔔 <b>Nhắc lại:</b> bạn chưa xác nhận đã nhận thông báo «{E(summary)}». Vui lòng đọc thông báo ở trên và bấm «Đã nhận».";
    public string BroadcastReminded(int count) =>
        count > 0 ? $"Đã xếp lịch gửi lời nhắc tới {count} người." : "Lời nhắc này đã được gửi trước đó; không gửi lại.";

    private static string AudienceUnits(BroadcastAudience audience) => audience.Scope switch
    {
        AudienceScope.All => "tất cả đơn vị",
        AudienceScope.Group => $"các đơn vị nhóm {Code(audience.Group)}",
        _ => $"{audience.Units.Count} đơn vị ({string.Join(", ", audience.Units.Take(5).Select(E))}{(audience.Units.Count > 5 ? ", …" : "")})",
    };

    private static string AudienceMembers(BroadcastAudience audience) => audience.HeadsOnly ? "chỉ lãnh đạo đơn vị" : "tất cả thành viên";

    private static string BroadcastDuration(TimeSpan took) => took.TotalSeconds switch
    {
        < 60 => $"{Math.Max(1, (int)Math.Round(took.TotalSeconds))} giây",
        < 3600 => $"{(int)took.TotalMinutes} phút {took.Seconds} giây",
        _ => $"{(int)took.TotalHours} giờ {took.Minutes} phút",
    };
}
