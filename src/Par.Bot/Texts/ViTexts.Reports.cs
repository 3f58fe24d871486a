using Par.Core.Indicators;
using Par.Core.Periods;
using Par.Core.Ranking;
using Par.Core.References;
using Par.Core.Reports;
using Par.Core.Units;
using static Par.Bot.Telegram.Html;

namespace Par.Bot.Texts;

public sealed partial class ViTexts
{
    private const string ValueHint = "nhập tỉ lệ % (vd 98,5) hoặc tử số/mẫu số (vd 490/500)";

    public string BandName(Band band) => band switch
    {
        Band.Excellent => "xuất sắc",
        Band.Good => "tốt",
        Band.Average => "trung bình",
        _ => "yếu",
    };

    public string GroupName(string group) => group.ToLowerInvariant() switch
    {
        "department" => "khối sở, ban, ngành",
        "commune" => "khối xã, phường, đặc khu",
        "district" => "khối quận, huyện (trước 2025)",
        _ => $"khối {E(group)}",
    };

    public string BadPeriod(string text) =>
        $"kỳ {Code(text)} không hợp lệ; viết tháng <code>2025-04</code>, quý <code>2025-Q1</code> hoặc năm <code>2025</code>";

    public string BadPeriodReply(string text) => $"❌ {Capitalized(BadPeriod(text))}.";

    public string ReportUsage(bool isAdmin) =>
        "Báo cáo chỉ số:\n" +
        "<code>/report</code> — báo cáo từng bước: chọn kỳ, rồi nhập từng chỉ số\n" +
        "<code>/report 2025-04 ONTIME=490/500 DISCLOSE=100 ONLINE=62,5%</code> — báo cáo một dòng (có thể chỉ một phần chỉ số)\n" +
        "Hoặc gửi tệp CSV/XLSX có các cột <code>unit,period,ONTIME,DISCLOSE,…</code>" +
        (isAdmin ? "\nQuản trị báo cáo thay đơn vị: <code>/report MÃ_ĐƠN_VỊ 2025-04 ONTIME=490/500</code>" : "");

    public string ReportRefused(string unitCode, Period? period, IReadOnlyList<ReportProblem> problems, IndicatorCatalog catalog)
    {
        var lines = new List<string> { $"❌ <b>Chưa lưu</b> báo cáo của {Code(unitCode)}{(period is null ? "" : $" kỳ {period.Display("vi")}")}:" };
        lines.AddRange(problems.Select(p => $"• {ReportProblemText(p)}"));
        if (problems.Any(p => p.Kind == ReportProblemKind.UnknownCode))
        {
            lines.Add($"Các mã chỉ số: {string.Join(", ", catalog.Items.Select(i => Code(i.Code)))}");
        }

        lines.Add("Không có gì được lưu. Hãy sửa và gửi lại.");
        return string.Join('\n', lines);
    }

    public string ReportSaved(Unit unit, Period period, ReportOutcome outcome, ScoreCard card)
    {
        var lines = new List<string> { $"✅ Đã lưu báo cáo {Bold(unit.Name)} kỳ {period.Display("vi")}:" };
        if (outcome.Changes.Count == 0)
        {
            lines.Add("Không có gì thay đổi: các giá trị giống số đã báo cáo.");
        }

        lines.AddRange(outcome.Changes.Select(c => c.Old is null
            ? $"• {Code(c.Code)}: {E(c.New.Display("vi"))}"
            : $"• {Code(c.Code)}: {E(c.Old.Display("vi"))} → {E(c.New.Display("vi"))}"));
        lines.Add($"Điểm kỳ này: <b>{RankingNumbers.Score(card.Score, false)}</b> ({BandName(card.Band)}).");
        if (card.Missing.Count > 0)
        {
            lines.Add($"Chưa báo cáo (tính 0 điểm): {string.Join(", ", card.Missing.Select(Code))}.");
        }

        return string.Join('\n', lines);
    }

    public string ReportImported(ReportImportResult result, IndicatorCatalog catalog)
    {
        var lines = new List<string>
        {
            $"<b>Nhập báo cáo:</b> lưu {result.Saved} dòng ({result.Changes} giá trị thay đổi), từ chối {result.Rejected.Count} dòng.",
        };
        lines.AddRange(result.Rejected.Select(r => $"• Dòng {r.Number}: {string.Join("; ", r.Problems.Select(ReportProblemText))}"));
        if (result.Rejected.Any(r => r.Problems.Any(p => p.Kind == ReportProblemKind.BadValue)))
        {
            lines.Add($"Mỗi ô chỉ số: {ValueHint}; để trống nếu không đổi.");
        }

        return string.Join('\n', lines);
    }

    public string ReportChoosePeriod(Unit unit) =>
        $"📋 Báo cáo chỉ số — {Bold(unit.Name)}\nChọn kỳ báo cáo (hoặc gõ kỳ, vd <code>2025-04</code>):";

    public string PeriodButton(Period period, bool locked) => (locked ? "🔒 " : "") + Capitalized(period.Display("vi"));

    public string PeriodIsLocked(Period period) => $"Kỳ {period.Display("vi")} đã khóa, không thể sửa số liệu.";

    public string ReportAsk(
        Unit unit, Period period, IndicatorDefinition indicator, int number, int count, IndicatorValue? current, IndicatorValue? previous)
    {
        var known = current is not null ? $"Đã báo cáo kỳ này: <b>{E(current.Display("vi"))}</b>"
            : previous is not null ? $"Kỳ trước: {E(previous.Display("vi"))}"
            : "Chưa có số liệu kỳ trước.";
        var how = indicator.Kind == IndicatorKind.Ratio
            ? "Nhập tử số/mẫu số (vd 490/500) hoặc tỉ lệ % (vd 98,5)."
            : "Nhập tỉ lệ % (vd 98,5).";
        return $"{E(unit.Name)} — {period.Display("vi")}\n" +
            $"<b>({number}/{count}) {E(indicator.NameVi)}</b> ({Code(indicator.Code)})\n" +
            $"Lĩnh vực: {E(indicator.Area)} · tối đa {RankingNumbers.Rate(indicator.Points, false)} điểm · " +
            $"mục tiêu {RankingNumbers.Rate(indicator.Target, false)} %\n" +
            $"{known}\n\n{how}";
    }

    public string ReportValueRefused(IndicatorDefinition indicator, string text, ValueParseError error) =>
        $"❌ {Code(text)}: {ValueProblem(error)}. Hãy nhập lại {Code(indicator.Code)}.";

    public string ReportKeepButton(IndicatorValue current) => $"Giữ nguyên ({current.Display("vi")})";

    public string ReportUsePreviousButton(IndicatorValue previous) => $"Dùng số kỳ trước ({previous.Display("vi")})";

    public string ReportSkipButton => "Bỏ qua";

    public string ConfirmButton => "✅ Xác nhận";

    public string EditButton => "✏️ Sửa";

    public string CancelButton => "Hủy";

    public string BackButton => "↩ Quay lại";

    public string ReportSummary(Unit unit, Period period, ScoreCard card, IReadOnlySet<string> changed)
    {
        var lines = new List<string> { $"<b>Tóm tắt báo cáo {E(unit.Name)} — {period.Display("vi")}</b>" };
        lines.AddRange(card.Lines.Select(line =>
            $"{(changed.Contains(line.Code) ? "✏️" : "•")} {E(line.Indicator.ShortName("vi"))}: " +
            $"{(line.Value is { } value ? E(value.Display("vi")) : "chưa báo cáo")} → " +
            $"{RankingNumbers.Score(line.Earned, false)}/{RankingNumbers.Rate(line.Points, false)} điểm"));
        lines.Add($"\nĐiểm dự kiến: <b>{RankingNumbers.Score(card.Score, false)}</b> ({BandName(card.Band)}).");
        lines.Add(changed.Count == 0
            ? "Bạn chưa nhập giá trị mới nào. Bấm Sửa để nhập, hoặc Hủy."
            : "Bấm <b>Xác nhận</b> để lưu (✏️ là giá trị mới), hoặc <b>Sửa</b> để thay đổi.");
        return string.Join('\n', lines);
    }

    public string ReportPickIndicator => "Chọn chỉ số cần sửa:";

    public string ReportUseTheButtons => "Hãy bấm một nút bên dưới, hoặc gõ /cancel để hủy báo cáo đang làm.";

    public string ReportFlowBusy => "Bạn đang báo cáo từng bước. Gõ /cancel để thoát rồi gửi lại tệp.";

    public string ReportNothingEntered => "Bạn chưa nhập giá trị mới nào nên không có gì được lưu.";

    public string PeriodUsage(IReadOnlyList<PeriodLock> locks) =>
        "Khóa, mở khóa kỳ báo cáo:\n" +
        "<code>/period lock 2025-04</code> — khóa: các đơn vị không sửa được số liệu của kỳ\n" +
        "<code>/period unlock 2025-04</code> — mở khóa\n" +
        (locks.Count == 0
            ? "Chưa có kỳ nào bị khóa."
            : $"Các kỳ đang khóa: {string.Join(", ", locks.Select(l => Code(l.Period)).Order(StringComparer.Ordinal))}");

    public string PeriodLocked(Period period) =>
        $"🔒 Đã khóa kỳ {period.Display("vi")} ({Code(period.ToString())}). Các đơn vị không thể sửa số liệu của kỳ này nữa.";

    public string PeriodAlreadyLocked(Period period) => $"Kỳ {period.Display("vi")} đã khóa từ trước.";

    public string PeriodUnlocked(Period period) => $"🔓 Đã mở khóa kỳ {period.Display("vi")}; các đơn vị có thể sửa số liệu.";

    public string PeriodWasNotLocked(Period period) => $"Kỳ {period.Display("vi")} đang không bị khóa.";

    public string ReferenceUsage =>
        "Giá trị tham chiếu (trung bình toàn quốc do Cổng dịch vụ công công bố):\n" +
        "<code>/reference 2025-Q1 ERESULT=70,81 DIGITIZE=68,24</code> — nhập hoặc sửa\n" +
        "<code>/reference 2025-Q1</code> — xem";

    public string ReferenceList(Period period, PeriodReferences? references, IndicatorCatalog catalog)
    {
        if (references is null || references.Rates.Count == 0)
        {
            return $"Chưa có giá trị tham chiếu cho kỳ {period.Display("vi")}.";
        }

        var lines = new List<string> { $"<b>Giá trị tham chiếu kỳ {period.Display("vi")}:</b>" };
        lines.AddRange(catalog.Items.Where(i => references.Rates.ContainsKey(i.Code)).Select(i =>
            $"• {E(i.NameVi)} ({Code(i.Code)}): {RankingNumbers.Rate(references.Rates[i.Code], false)} %"));
        return string.Join('\n', lines);
    }

    public string ReferenceRefused(IReadOnlyList<ReportProblem> problems, IndicatorCatalog catalog) =>
        "❌ Chưa lưu giá trị tham chiếu:\n" + string.Join('\n', problems.Select(p => $"• {ReportProblemText(p)}")) +
        (problems.Any(p => p.Kind == ReportProblemKind.UnknownCode)
            ? $"\nCác mã chỉ số: {string.Join(", ", catalog.Items.Select(i => Code(i.Code)))}"
            : "") +
        "\nKhông có gì được lưu.";

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private string ReportProblemText(ReportProblem problem) => problem.Kind switch
    {
        ReportProblemKind.UnknownUnit => $"không có đơn vị {Code(problem.Subject)}",
        ReportProblemKind.ArchivedUnit => $"đơn vị {Code(problem.Subject)} đã ngừng hoạt động",
        ReportProblemKind.NotYourUnit => $"bạn chỉ được báo cáo cho đơn vị của mình, không phải {Code(problem.Subject)}",
        ReportProblemKind.BadPeriod => BadPeriod(problem.Subject),
        ReportProblemKind.FuturePeriod => $"kỳ {Code(problem.Subject)} chưa bắt đầu",
        ReportProblemKind.LockedPeriod => $"kỳ {Code(problem.Subject)} đã khóa, không thể sửa số liệu (liên hệ Sở Nội vụ nếu cần mở khóa)",
        ReportProblemKind.Malformed => $"{Code(problem.Subject)} không đúng dạng MÃ=GIÁ_TRỊ",
        ReportProblemKind.UnknownCode => $"{Code(problem.Subject)}: không có chỉ số này",
        ReportProblemKind.DuplicateCode => $"{Code(problem.Subject)}: chỉ số được nhập hai lần",
        ReportProblemKind.BadValue => $"{Code(problem.Subject)}: {ValueProblem(problem.ValueError)}",
        ReportProblemKind.NoValues => "chưa có giá trị nào (vd <code>ONTIME=490/500 DISCLOSE=100</code>)",
        ReportProblemKind.DuplicateRow => $"đơn vị {Code(problem.Subject)} đã có một dòng khác cùng kỳ trong tệp",
        _ => E(problem.Subject),
    };

    private static string ValueProblem(ValueParseError? error) => error switch
    {
        ValueParseError.Empty => "thiếu giá trị",
        ValueParseError.TooLong => "giá trị quá dài",
        ValueParseError.Negative => "không được là số âm",
        ValueParseError.OverHundred => "tỉ lệ không được vượt quá 100 %",
        ValueParseError.ZeroDenominator => "mẫu số bằng 0; nếu kỳ này không có hồ sơ, hãy nhập tỉ lệ % (vd 100)",
        ValueParseError.NumeratorOverDenominator => "tử số lớn hơn mẫu số",
        ValueParseError.AmbiguousSeparator => "số có dấu phân cách hàng nghìn dễ gây nhầm; hãy viết liền (vd 1200/1500)",
        _ => $"không phải là số; {ValueHint}",
    };
}
