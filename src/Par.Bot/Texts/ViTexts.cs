using Par.Core;
using Par.Bot.Telegram;
using Par.Core.Invites;
using Par.Core.Members;
using Par.Core.Tabular;
using Par.Core.Units;
using static Par.Bot.Telegram.Html;

namespace Par.Bot.Texts;

public sealed partial class ViTexts : ITexts
{
    public Language Language => Language.Vi;
    public string Apology => "Xin lỗi, đã có lỗi khi xử lý yêu cầu của bạn. Dữ liệu của bạn không bị thay đổi; vui lòng thử lại sau ít phút.";
    public string Interrupted => "Yêu cầu trước của bạn bị gián đoạn vì hệ thống khởi động lại và có thể đã được thực hiện một phần. Vui lòng kiểm tra lại (ví dụ /tasks, /rank) rồi gửi lại nếu cần.";
    public string UnknownCommand => "Lệnh không được hỗ trợ. Gõ /help để xem các lệnh bạn có thể dùng.";
    public string NotUnderstood => "Tôi chưa hiểu tin nhắn này. Gõ /help để xem các lệnh, hoặc bấm nút trong tin nhắn trước.";
    public string PrivateChatOnly => "Par chỉ làm việc trong trò chuyện riêng. Hãy nhắn tin trực tiếp cho bot.";
    public string Refused(Role needed) => needed switch
    {
        Role.Admin => "Chỉ cán bộ Sở Nội vụ (quản trị) được dùng lệnh này. Không có gì bị thay đổi.",
        Role.Head => "Chỉ lãnh đạo đơn vị được dùng lệnh này. Không có gì bị thay đổi.",
        _ => "Bạn cần tham gia một đơn vị để dùng lệnh này. Hãy xin mã mời từ Sở Nội vụ hoặc lãnh đạo đơn vị rồi gửi /start MÃ.",
    };
    public string Cancelled => "Đã hủy. Không có gì bị thay đổi.";
    public string NothingToCancel => "Không có thao tác nào đang dở.";
    public string TooLong(int limit) => $"Tin nhắn quá dài (tối đa {limit} ký tự). Không có gì bị thay đổi.";
    public string ButtonExpired => "Nút này đã hết hiệu lực.";

    public string WelcomeStranger(string botUsername) =>
        "Xin chào! <b>Par</b> giúp các sở, ngành và xã, phường theo dõi Chỉ số CCHC: báo cáo chỉ số, xem xếp hạng, nhắc hồ sơ trễ hạn và nhận thông báo của tỉnh.\n\n" +
        "Để sử dụng, bạn cần một <b>mã mời</b>:\n" +
        "• Lãnh đạo đơn vị: xin mã từ Sở Nội vụ.\n" +
        "• Cấp phó, chuyên viên: xin mã từ lãnh đạo đơn vị.\n\n" +
        $"Sau đó gửi <code>/start MÃ</code> hoặc bấm liên kết mời dạng https://t.me/{E(botUsername)}?start=MÃ";

    public string Welcome(string name, Role role, Unit? unit) =>
        $"Xin chào {E(name)}! Bạn là <b>{RoleName(role)}</b>{(unit is null ? "" : $" của {Bold(unit.Name)}")}.\n\n" + Help(role);

    public string Help(Role role)
    {
        var lines = new List<string> { "<b>Các lệnh bạn có thể dùng:</b>" };
        lines.AddRange(CommandCatalog.For(role).Select(c => $"/{c} — {CommandDescription(c)}"));
        return string.Join('\n', lines);
    }

    public string CommandDescription(string command) => command switch
    {
        "start" => "bắt đầu, nhập mã mời",
        "help" => "các lệnh bạn có thể dùng",
        "rank" => "điểm và xếp hạng của đơn vị",
        "top" => "bảng xếp hạng của nhóm",
        "report" => "báo cáo chỉ số của kỳ",
        "overdue" => "hồ sơ, nhiệm vụ trễ và sắp đến hạn",
        "done" => "đánh dấu hồ sơ, nhiệm vụ đã xong",
        "tasks" => "nhiệm vụ được giao",
        "invite" => "tạo mã mời",
        "units" => "quản lý đơn vị",
        "broadcast" => "gửi thông báo",
        "export" => "xuất bảng điểm của kỳ",
        "reference" => "nhập giá trị tham chiếu của kỳ",
        "period" => "khóa, mở khóa kỳ báo cáo",
        "schedule" => "lịch nhắc việc",
        "lang" => "đổi ngôn ngữ (vi/en)",
        "cancel" => "hủy thao tác đang làm",
        _ => command,
    };

    public string Joined(Unit unit, Role role) =>
        $"Chào mừng! Bạn đã tham gia {Bold(unit.Name)} ({Code(unit.Code)}) với vai trò <b>{RoleName(role)}</b>.\n\n" + Help(role);

    public string RedeemFailed(RedeemOutcome outcome) => outcome switch
    {
        RedeemOutcome.NotFound => "Mã mời không đúng. Hãy kiểm tra lại mã (8 ký tự) hoặc xin mã mới.",
        RedeemOutcome.Expired => "Mã mời đã hết hạn. Hãy xin mã mới từ người đã mời bạn.",
        RedeemOutcome.AlreadyUsed => "Mã mời này đã được người khác sử dụng. Mỗi mã chỉ dùng một lần; hãy xin mã mới.",
        RedeemOutcome.UnitArchived => "Đơn vị của mã mời này đã ngừng hoạt động. Hãy liên hệ Sở Nội vụ.",
        _ => Apology,
    };

    public string InviteCreated(Invite invite, Unit unit, string link, DateTimeOffset expiresLocal) =>
        $"Mã mời <b>{RoleName(invite.Role)}</b> cho {Bold(unit.Name)}: {Code(invite.Code)}\n" +
        $"Liên kết: {E(link)}\n" +
        $"Dùng được một lần, hết hạn lúc {expiresLocal:HH:mm dd/MM/yyyy}.";
    public string InviteUsage => "Cách dùng: <code>/invite MÃ_ĐƠN_VỊ</code> (quản trị: mời lãnh đạo đơn vị), hoặc <code>/invite</code> (lãnh đạo: mời cấp phó).";
    public string UnitNotFound(string code) => $"Không tìm thấy đơn vị {Code(code)}. Gõ /units để xem danh sách.";

    public string LanguageSet => "Đã chuyển sang tiếng Việt.";
    public string LanguageUsage => "Cách dùng: <code>/lang vi</code> hoặc <code>/lang en</code>.";

    public string UnitsList(IReadOnlyList<Unit> units, IReadOnlyDictionary<string, int> memberCounts)
    {
        if (units.Count == 0)
            return "Chưa có đơn vị nào. Thêm bằng <code>/units add MÃ \"Tên\" nhóm</code> hoặc gửi tệp CSV/XLSX có cột code,name,group.";
        var lines = new List<string> { $"<b>Đơn vị ({units.Count}):</b>" };
        foreach (var group in units.GroupBy(u => u.Group))
        {
            lines.Add($"\n<b>{E(group.Key)}</b>");
            lines.AddRange(group.Select(u => $"{Code(u.Code)} {E(u.Name)} — {memberCounts.GetValueOrDefault(u.Code)} thành viên"));
        }
        return string.Join('\n', lines);
    }

    public string UnitsUsage(IReadOnlyList<string> groups) =>
        "Quản lý đơn vị:\n" +
        "<code>/units</code> — danh sách\n" +
        "<code>/units add MÃ \"Tên đơn vị\" nhóm</code> — thêm hoặc đổi tên\n" +
        "<code>/units archive MÃ</code> — ngừng hoạt động\n" +
        "<code>/units merge MÃ_MỚI \"Tên\" nhóm MÃ_CŨ1 MÃ_CŨ2 …</code> — sáp nhập\n" +
        "Hoặc gửi tệp CSV/XLSX có cột <code>code,name,group</code>.\n" +
        $"Nhóm: {string.Join(", ", groups.Select(Code))}";
    public string UnitSaved(Unit unit) => $"Đã lưu đơn vị {Code(unit.Code)} {Bold(unit.Name)} (nhóm {E(unit.Group)}).";
    public string UnitArchived(Unit unit) => $"Đơn vị {Code(unit.Code)} {Bold(unit.Name)} đã chuyển sang ngừng hoạt động.";

    public string UnitProblem(UnitProblem problem, string value, IReadOnlyList<string> groups) => problem switch
    {
        Core.Units.UnitProblem.BadCode => $"mã {Code(value)} không hợp lệ (chữ Latinh, số, '-' hoặc '_', tối đa 32 ký tự)",
        Core.Units.UnitProblem.MissingName => "thiếu tên đơn vị",
        Core.Units.UnitProblem.NameTooLong => $"tên quá dài (tối đa {UnitService.MaxNameLength} ký tự)",
        Core.Units.UnitProblem.UnknownGroup => $"nhóm {Code(value)} không có; chọn một trong: {string.Join(", ", groups.Select(Code))}",
        Core.Units.UnitProblem.DuplicateInFile => $"mã {Code(value)} lặp lại trong tệp",
        Core.Units.UnitProblem.NotFound => $"không có đơn vị {Code(value)}",
        Core.Units.UnitProblem.AlreadyArchived => $"đơn vị {Code(value)} đã ngừng hoạt động từ trước",
        _ => E(value),
    };

    public string UnitImportReport(UnitImportResult result, IReadOnlyList<string> groups)
    {
        var lines = new List<string>
        {
            $"<b>Nhập đơn vị:</b> thêm mới {result.Added.Count}, cập nhật {result.Updated.Count}, từ chối {result.Rejected.Count}.",
        };
        lines.AddRange(result.Rejected.Select(r => $"• Dòng {r.RowNumber}: {UnitProblem(r.Problem, r.Value, groups)}"));
        return string.Join('\n', lines);
    }

    public string FileTooLarge(int maxBytes) => $"Tệp quá lớn (tối đa {maxBytes / 1024 / 1024} MB). Không có gì được lưu.";
    public string FileUnreadable(TableError error) => error.Kind switch
    {
        TableErrorKind.Empty => "Tệp trống, không có dòng dữ liệu nào.",
        TableErrorKind.TooLarge => $"Tệp quá lớn ({E(error.Detail)}). Hãy chia nhỏ tệp.",
        TableErrorKind.BadEncoding => "Không đọc được bảng mã của tệp. Hãy lưu tệp CSV ở dạng UTF-8 hoặc gửi tệp XLSX.",
        TableErrorKind.NoHeader => "Tệp thiếu dòng tiêu đề (tên cột) ở dòng đầu.",
        TableErrorKind.DuplicateHeader => $"Cột {Code(error.Detail)} xuất hiện hai lần.",
        _ => "Đây không phải tệp CSV hoặc XLSX đọc được.",
    } + " Không có gì được lưu.";
    public string FileUnknownKind(IReadOnlyList<string> headers) =>
        $"Không nhận ra loại tệp từ các cột: {E(string.Join(", ", headers))}.\n" +
        "Tệp đơn vị: <code>code,name,group</code>; hồ sơ: <code>code,procedure,received,due,status,finished</code>; báo cáo: <code>unit,period,MÃ_CHỈ_SỐ…</code>. Không có gì được lưu.";

    private static string RoleName(Role role) => role switch
    {
        Role.Admin => "quản trị",
        Role.Head => "lãnh đạo đơn vị",
        Role.Deputy => "cấp phó",
        _ => "khách",
    };
}
