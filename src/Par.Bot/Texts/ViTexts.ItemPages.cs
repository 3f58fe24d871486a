using Par.Bot.Handlers.Dossiers;
using Par.Core.Dossiers;
using static Par.Bot.Telegram.Html;

namespace Par.Bot.Texts;

public sealed partial class ViTexts
{
    public string LatePage(string unitCode, string unitName, UnitLateSummary summary, ItemPage page)
    {
        var lines = new List<string> { LateHeader(unitCode, unitName, summary) };
        if (summary.Waiting.Count > 0)
            lines.Add($"⏸ Chờ công dân bổ sung / thực hiện nghĩa vụ tài chính: {summary.Waiting.Count} (tạm dừng tính hạn, không tính là trễ)");
        lines.AddRange(page.Items.Select(LateLine));
        if (page.IsPaged)
            lines.Add($"Trang {page.Number}/{page.Count} · mục {page.First}–{page.First + page.Items.Count - 1} trong {page.Total}.");
        lines.Add("Đánh dấu đã xong: bấm ✅ hoặc gõ <code>/done MÃ</code>.");
        return string.Join('\n', lines);
    }

    public string OpenPage(string unitCode, string unitName, ItemPage page)
    {
        var lines = new List<string> { $"{Bold(unitName)} ({Code(unitCode)}) — đang mở: {page.Total}. Bấm ✅ ở mục đã xong:" };
        lines.AddRange(page.Items.Select(item => item.Status == LateStatus.Waiting
            ? $"• {Code(item.Item.Code)} {E(Short(item.Item.Title))} — ⏸ {PlainLateness(item)}"
            : LateLine(item)));
        if (page.IsPaged)
            lines.Add($"Trang {page.Number}/{page.Count}.");
        return string.Join('\n', lines);
    }

    public string NothingOpen(string unitName) => $"✅ {Bold(unitName)} không còn hồ sơ, nhiệm vụ nào đang mở.";

    public string ItemDoneButton(LateItem item) => $"✅ {item.Item.Code}";

    public string PageBackButton(int page) => $"◀ {page}";

    public string PageForwardButton(int page) => $"{page} ▶";

    public string LateFileButton => "📎 Tải danh sách (XLSX)";

    public string LateFileCaption(string unitName, UnitLateSummary summary, DateTimeOffset nowLocal) =>
        $"📎 Danh sách trễ hạn của {Bold(unitName)} lúc {When(nowLocal)}: quá hạn {summary.Overdue}, sắp đến hạn {summary.DueSoon}, " +
        $"chờ công dân {summary.Waiting.Count}.";

    public string LateFileHeader(string column) => column switch
    {
        "code" => "Mã hồ sơ",
        "procedure" => "Tên thủ tục",
        "received" => "Ngày tiếp nhận",
        "due" => "Ngày hẹn trả",
        "status" => "Trạng thái",
        "lateness" => "Tình trạng hạn",
        _ => column,
    };

    public string DossierStatusName(DossierStatus status) => status switch
    {
        DossierStatus.Processing => "Đang xử lý",
        DossierStatus.AwaitingSupplement => "Chờ bổ sung giấy tờ",
        DossierStatus.AwaitingPayment => "Chờ thực hiện nghĩa vụ tài chính",
        DossierStatus.Withdrawn => "Công dân rút hồ sơ",
        DossierStatus.Stopped => "Dừng xử lý",
        DossierStatus.Done => "Đã xử lý xong",
        DossierStatus.Returned => "Trả lại",
        _ => status.ToString(),
    };

    public string OpenTaskStatus => "Nhiệm vụ đang mở";

    public string PlainLateness(LateItem item) =>
        item.Status == LateStatus.Waiting ? "tạm dừng tính hạn (chờ công dân)" : Until(item.UntilDue);

    public string NotYourUnit => "Bạn chỉ xem và đánh dấu được hồ sơ của đơn vị mình. Không có gì thay đổi.";

    public string DossierDoneNotice(Dossier dossier) => $"✅ Đã đánh dấu hồ sơ {dossier.Code} giải quyết xong.";

    public string DossierProblemNotice(DossierProblem problem, string code) => problem switch
    {
        DossierProblem.NotFound => $"Không tìm thấy hồ sơ {Short(code)}. Không có gì thay đổi.",
        _ => $"Hồ sơ {Short(code)} đã đóng từ trước. Không có gì thay đổi.",
    };
}
