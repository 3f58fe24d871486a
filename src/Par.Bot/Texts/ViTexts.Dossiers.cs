using Par.Bot.Handlers.Dossiers;
using Par.Core.Dossiers;
using static Par.Bot.Telegram.Html;

namespace Par.Bot.Texts;

public sealed partial class ViTexts
{
    public string DossierImportReport(DossierImportResult result, IReadOnlyDictionary<string, string> headers)
    {
        var lines = new List<string>
        {
            $"<b>Nhập hồ sơ:</b> thêm mới {result.Added}, cập nhật {result.Updated}, từ chối {result.Rejected.Count}.",
        };
        if (result.Rejected.Count > 0)
            lines.Add("Các dòng bị từ chối (không được lưu):");
        lines.AddRange(result.Rejected.Take(ListLimits.RejectedRows).Select(r => $"• Dòng {r.Row}: {Rejection(r, headers)}"));
        if (result.Rejected.Count > ListLimits.RejectedRows)
            lines.Add($"… và {result.Rejected.Count - ListLimits.RejectedRows} dòng khác.");
        if (result.Rejected.Any(r => r.Reason == DossierRejection.UnknownStatus))
            lines.Add($"Trạng thái hợp lệ (có dấu hoặc không dấu): {string.Join(", ", DossierStatusParser.NationalLabels)}.");
        return string.Join('\n', lines);
    }

    public string DossierFileMissingColumns(IReadOnlyList<string> missing) =>
        $"Tệp hồ sơ thiếu cột: {string.Join(", ", missing.Select(c => Quote(DossierColumnName(c))))}.\n" +
        "Cần các cột <code>code,procedure,received,due</code> (thêm <code>status,finished</code> nếu có; quản trị gửi thêm cột <code>unit</code>), " +
        "hoặc tiêu đề tiếng Việt: Mã hồ sơ, Tên thủ tục, Ngày tiếp nhận, Ngày hẹn trả, Trạng thái, Ngày kết thúc, Đơn vị. Không có gì được lưu.";

    public string LateList(string unitCode, string unitName, UnitLateSummary summary)
    {
        var lines = new List<string> { LateHeader(unitCode, unitName, summary) };
        lines.AddRange(summary.Items.Take(ListLimits.LateItems).Select(LateLine));
        if (summary.Items.Count > ListLimits.LateItems)
            lines.Add($"… và {summary.Items.Count - ListLimits.LateItems} mục khác.");
        lines.Add("Đánh dấu đã xong: <code>/done MÃ</code>.");
        return string.Join('\n', lines);
    }

    public string NothingLate(string unitName) => $"✅ {Bold(unitName)} không có hồ sơ, nhiệm vụ nào quá hạn hoặc sắp đến hạn.";

    public string LateByUnit(IReadOnlyList<UnitLateSummary> units, UnitNames names, LateRules rules)
    {
        var lines = new List<string>
        {
            "<b>Hồ sơ, nhiệm vụ trễ hạn theo đơn vị</b>",
            $"(quá hạn / sắp đến hạn / quá hạn trên {rules.EscalateAfter.TotalDays:0} ngày)",
        };
        lines.AddRange(units.Select(u => $"• {Code(u.UnitCode)} {E(names[u.UnitCode])}: {u.Overdue} / {u.DueSoon} / {u.LongOverdue}"));
        lines.Add("Bấm nút để xem danh sách của một đơn vị, hoặc gõ <code>/overdue MÃ_ĐƠN_VỊ</code>.");
        return string.Join('\n', lines);
    }

    public string NothingLateAnywhere => "✅ Không đơn vị nào có hồ sơ, nhiệm vụ quá hạn hoặc sắp đến hạn.";

    public string LateUnitButton(UnitLateSummary unit) => $"{unit.UnitCode} ({unit.Overdue}/{unit.DueSoon})";

    public string DoneUsage =>
        "Cách dùng: <code>/done MÃ_HỒ_SƠ</code> để đánh dấu hồ sơ đã giải quyết, hoặc <code>/done T-12 kết quả</code> để báo cáo hoàn thành nhiệm vụ.";

    public string DoneDossierNeedsUnit => "Hồ sơ do đơn vị tự đánh dấu. Quản trị dùng <code>/done T-…</code> cho nhiệm vụ. Không có gì thay đổi.";

    public string DossierNotFound(string code) =>
        $"Không tìm thấy hồ sơ {Code(code)} của đơn vị. Hãy kiểm tra lại mã, hoặc gửi tệp danh sách hồ sơ. Không có gì thay đổi.";

    public string DossierAlreadyClosed(Dossier dossier) => dossier.Status switch
    {
        DossierStatus.Done => $"Hồ sơ {Code(dossier.Code)} đã giải quyết xong từ trước. Không có gì thay đổi.",
        DossierStatus.Returned => $"Hồ sơ {Code(dossier.Code)} đã trả lại từ trước. Không có gì thay đổi.",
        _ => $"Hồ sơ {Code(dossier.Code)} đã đóng ({DossierStatusName(dossier.Status)}). Không có gì thay đổi.",
    };

    public string DossierDone(Dossier dossier, DateTimeOffset finishedLocal) =>
        $"✅ Đã đánh dấu hồ sơ {Code(dossier.Code)} ({E(dossier.Procedure)}) giải quyết xong lúc {When(finishedLocal)}.";

    private static string LateLine(LateItem item) =>
        $"• {Code(item.Item.Code)} {(item.Item.Kind == TrackedItemKind.Task ? "Nhiệm vụ: " : "")}{E(Short(item.Item.Title))} — {Lateness(item.UntilDue)}";

    private static string LateHeader(string unitCode, string unitName, UnitLateSummary summary) =>
        $"{Bold(unitName)} ({Code(unitCode)}) — quá hạn: {summary.Overdue}, sắp đến hạn: {summary.DueSoon}";

    /// <summary><c>quá hạn 3 ngày</c> (bold) or <c>còn 5 giờ</c>.</summary>
    private static string Lateness(TimeSpan untilDue) => untilDue < TimeSpan.Zero ? $"<b>{Until(untilDue)}</b>" : Until(untilDue);

    private static string Until(TimeSpan untilDue) => untilDue switch
    {
        _ when untilDue <= -TimeSpan.FromMinutes(1) => $"quá hạn {HumanDuration.Format(untilDue, "vi")}",
        _ when untilDue < TimeSpan.Zero => "vừa quá hạn",
        _ when untilDue < TimeSpan.FromMinutes(1) => "đến hạn ngay bây giờ",
        _ => $"còn {HumanDuration.Format(untilDue, "vi")}",
    };

    private static string Rejection(RejectedDossierRow row, IReadOnlyDictionary<string, string> headers)
    {
        var column = Quote(headers.TryGetValue(row.Column, out var header) ? header : DossierColumnName(row.Column));
        var value = Quote(Short(row.Value));
        return row.Reason switch
        {
            DossierRejection.MissingValue => $"thiếu giá trị ở cột {column}",
            DossierRejection.BadDate => $"{value} ở cột {column} không phải ngày hợp lệ (viết 2025-05-20 hoặc 20/05/2025 17:00)",
            DossierRejection.DueBeforeReceived => $"ngày hẹn trả {value} sớm hơn ngày tiếp nhận",
            DossierRejection.FinishedBeforeReceived => $"ngày kết thúc {value} sớm hơn ngày tiếp nhận",
            DossierRejection.FinishedWhileProcessing => $"hồ sơ còn mở (đang xử lý hoặc chờ công dân) nhưng đã có ngày kết thúc {value}",
            DossierRejection.UnknownUnit => $"không có đơn vị {value}",
            DossierRejection.UnknownStatus => $"trạng thái {value} không hợp lệ",
            DossierRejection.DuplicateCodeInFile => $"mã hồ sơ {value} trùng với dòng {row.FirstRow}",
            DossierRejection.TooLong => $"cột {column} quá dài (tối đa {row.MaxLength} ký tự)",
            _ => $"cột {column}: {value}",
        };
    }

    private static string DossierColumnName(string column) => column switch
    {
        DossierColumns.Code => "mã hồ sơ",
        DossierColumns.Procedure => "tên thủ tục",
        DossierColumns.Received => "ngày tiếp nhận",
        DossierColumns.Due => "ngày hẹn trả",
        DossierColumns.Status => "trạng thái",
        DossierColumns.Finished => "ngày kết thúc",
        DossierColumns.Unit => "đơn vị",
        _ => column,
    };

    private static string Quote(string text) => $"“{E(text)}”";

    private static string Short(string text) => text.Length > 60 ? text[..60] + "…" : text;

    /// <summary>A local time as Vietnamese officials write it: <c>17:00 20/05/2025</c>.</summary>
    private static string When(DateTimeOffset local) => local.ToString("HH:mm dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
