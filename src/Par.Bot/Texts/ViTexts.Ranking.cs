using Par.Core.Periods;
using Par.Core.Ranking;
using Par.Core.Units;
using static Par.Bot.Telegram.Html;

namespace Par.Bot.Texts;

public sealed partial class ViTexts
{
    public string RankUsage => "Cách dùng: <code>/rank MÃ_ĐƠN_VỊ [KỲ]</code>, vd <code>/rank SNV 2025-Q1</code>.";

    public string RankOwnUnitOnly =>
        "Bạn chỉ xem được điểm chi tiết của đơn vị mình. Gõ <code>/rank</code> cho đơn vị của bạn, hoặc <code>/top</code> để xem bảng xếp hạng.";

    public string UnitIsArchived(Unit unit) => $"Đơn vị {Code(unit.Code)} {Bold(unit.Name)} đã ngừng hoạt động nên không còn được xếp hạng.";

    public string RankAnswer(UnitStanding standing)
    {
        var (comparison, current) = (standing.Comparison, standing.Comparison.Current);
        var change = comparison is { PlaceChange: { } places, PointsChange: { } points }
            ? $" ({PlaceChange(places)}, {RankingNumbers.Signed(points, false)} điểm so với {standing.PreviousPeriod.Display("vi")})"
            : $" ({standing.PreviousPeriod.Display("vi")} chưa có số liệu để so sánh)";
        var lines = new List<string>
        {
            $"{Bold(standing.Unit.Name)} — kỳ {standing.Period.Display("vi")}: <b>{RankingNumbers.Score(current.Score, false)} điểm</b> " +
            $"({BandName(current.Band)}), {PlaceAmongReporters(current.Place!.Value, comparison.Reporters, comparison.GroupSize)}{change}.",
            $"Trung bình {GroupName(standing.Unit.Group)}: {RankingNumbers.Score(comparison.GroupAverage ?? 0, false)} điểm.",
        };
        if (current.IsFromMonths)
        {
            lines.Add(FiguresFromMonths(standing.Period, current.FromMonths));
        }

        if (comparison.Weakest.Count > 0)
        {
            lines.Add("\nChỉ số kéo điểm xuống nhiều nhất:");
            lines.AddRange(comparison.Weakest.Select(line =>
                $"• {E(line.Indicator.ShortName("vi"))}: " +
                $"{(line.Value is { } value ? $"{E(value.Display("vi"))}, mục tiêu {RankingNumbers.Rate(line.Indicator.Target, false)} %" : "chưa báo cáo")}" +
                $" — mất {RankingNumbers.Score(line.Lost, false)} điểm"));
        }

        var compared = current.Card.Lines.Where(line => line.Value is not null && standing.References.ContainsKey(line.Code)).ToList();
        if (compared.Count > 0)
        {
            lines.Add("\nSo với giá trị tham chiếu:");
            lines.AddRange(compared.Select(line =>
                $"• {E(line.Indicator.NameVi)}: {RankingNumbers.Rate(line.Value!.Rate, false)} % — " +
                $"trung bình toàn quốc {RankingNumbers.Rate(standing.References[line.Code], false)} %"));
        }

        if (current.Card.Missing.Count > 0)
        {
            lines.Add($"\nChưa báo cáo (tính 0 điểm): {string.Join(", ", current.Card.Missing.Select(Code))}. Bổ sung bằng /report.");
        }

        return string.Join('\n', lines);
    }

    public string RankNotReported(Unit unit, Period period) =>
        $"{Bold(unit.Name)} chưa báo cáo kỳ {period.Display("vi")} nên chưa được xếp hạng.\n" +
        "Báo cáo theo từng bước: gõ /report\n" +
        $"Hoặc một dòng: <code>/report {period} ONTIME=490/500 DISCLOSE=100 ONLINE=62,5%</code>\n" +
        "Hoặc gửi tệp CSV/XLSX có các cột <code>unit,period,ONTIME,DISCLOSE,…</code>";

    public string TopUsage(IReadOnlyList<string> groups) =>
        "Cách dùng: <code>/top [KHỐI] [KỲ]</code>, vd <code>/top commune 2025-04</code>.\nKhối: " +
        string.Join(", ", groups.Select(g => $"{Code(g)} ({GroupName(g)})"));

    public string TopEmpty(string group, Period period) =>
        $"Chưa có đơn vị nào thuộc {GroupName(group)} báo cáo kỳ {period.Display("vi")}.";

    public string Leaderboard(string group, Period period, GroupRanking ranking, IReadOnlyDictionary<string, Unit> units, string? ownUnit)
    {
        var reported = ranking.Entries.Where(e => e.Reported).ToList();
        var lines = new List<string>
        {
            $"<b>Bảng xếp hạng {GroupName(group)} — {period.Display("vi")}</b>",
            $"{ranking.GroupSize} đơn vị, {reported.Count} đã báo cáo · trung bình {RankingNumbers.Score(ranking.Average ?? 0, false)} điểm",
            "",
        };
        foreach (var entry in reported)
        {
            var line = $"{entry.Place}. {E(units[entry.UnitCode].Name)}{(entry.IsFromMonths ? FromMonthsMark : "")} — {RankingNumbers.Score(entry.Score, false)} ({BandName(entry.Band)})";
            lines.Add(string.Equals(entry.UnitCode, ownUnit, StringComparison.OrdinalIgnoreCase) ? $"<b>▶ {line}</b>" : line);
        }

        if (reported.Exists(e => e.IsFromMonths))
        {
            lines.Add(FromMonthsFootnote(period));
        }

        var silent = ranking.Entries.Where(e => !e.Reported).ToList();
        if (silent.Count > 0)
        {
            lines.Add($"\nChưa báo cáo ({silent.Count}): {string.Join(", ", silent.Select(e => E(units[e.UnitCode].Name)))}");
        }

        return string.Join('\n', lines);
    }

    public string TopCaption(string group, Period period) => $"📊 {E(ChartTitle(group, period))}";

    public string ChartTitle(string group, Period period) => $"Xếp hạng {System.Net.WebUtility.HtmlDecode(GroupName(group))} — {period.Display("vi")}";

    public string ChartAxis => "Điểm";

    public string ChartAverage(decimal average) => $"Trung bình {RankingNumbers.Score(average, false)}";

    public string ExportEmpty(Period period) => $"Chưa có đơn vị nào để xuất bảng điểm kỳ {period.Display("vi")}.";

    public string ExportCaption(Period period, int units) => $"📄 Bảng điểm kỳ {period.Display("vi")}: {units} đơn vị.";

    public string ExportHeader(string column) => column switch
    {
        "group" => "Khối",
        "code" => "Mã đơn vị",
        "name" => "Tên đơn vị",
        "score" => "Điểm",
        "band" => "Xếp loại",
        "place" => "Hạng",
        "size" => "Số đơn vị trong khối",
        "placeChange" => "Thay đổi hạng",
        "pointsChange" => "Thay đổi điểm",
        "missing" => "Chỉ số chưa báo cáo",
        _ => column,
    };

    public string ExportRateHeader(string code) => $"{code} (%)";

    public string ExportPointsHeader(string code) => $"{code} (điểm)";

    public string UnitsMerged(Unit merged, IReadOnlyList<Unit> archived, int movedMembers) =>
        $"✅ Đã sáp nhập {string.Join(", ", archived.Select(u => Code(u.Code)))} thành {Code(merged.Code)} {Bold(merged.Name)} ({GroupName(merged.Group)}).\n" +
        $"{movedMembers} thành viên đã chuyển sang đơn vị mới; các đơn vị cũ đã ngừng hoạt động.\n" +
        "Số liệu các kỳ trước của đơn vị mới được tính gộp từ các đơn vị cũ để so sánh thứ hạng.";

    public string UnitMergeRefused(IReadOnlyList<UnitMergeProblem> problems, IReadOnlyList<string> groups) =>
        "❌ Chưa sáp nhập:\n" + string.Join('\n', problems.Select(p => "• " + (p.Kind switch
        {
            UnitMergeProblemKind.BadNewUnit => UnitProblem(p.UnitProblem ?? Core.Units.UnitProblem.BadCode, p.Value, groups),
            UnitMergeProblemKind.NewCodeTaken => $"mã {Code(p.Value)} đã có đơn vị dùng; hãy chọn mã mới",
            UnitMergeProblemKind.NoPredecessors => "cần ít nhất một đơn vị cũ để sáp nhập",
            UnitMergeProblemKind.UnknownUnit => $"không có đơn vị {Code(p.Value)}",
            UnitMergeProblemKind.AlreadyArchived => $"đơn vị {Code(p.Value)} đã ngừng hoạt động",
            _ => $"đơn vị {Code(p.Value)} được nhập hai lần",
        }))) + "\nKhông có gì thay đổi.";

    public string YourUnitWasMerged(Unit merged) =>
        $"Đơn vị của bạn đã được sáp nhập vào {Bold(merged.Name)} ({Code(merged.Code)}). Bạn tiếp tục là thành viên của đơn vị mới.";

    private static string PlaceChange(int places) => places switch
    {
        > 0 => $"▲{places} bậc",
        < 0 => $"▼{-places} bậc",
        _ => "giữ nguyên hạng",
    };
}
