using System.Globalization;
using Par.Core.Periods;

namespace Par.Bot.Texts;

public sealed partial class ViTexts
{
    public string PlaceAmongReporters(int place, int reporters, int groupSize) =>
        $"hạng <b>{place}/{reporters}</b> đơn vị đã báo cáo, khối có {groupSize}";

    public string FiguresFromMonths(Period period, IReadOnlyList<Period> months) =>
        $"ℹ️ Đơn vị chưa có báo cáo {period.Display("vi")} nên số liệu được tính từ báo cáo tháng " +
        $"{string.Join(", ", months.Select(month => month.Number.ToString(CultureInfo.InvariantCulture)))}/{period.Year.ToString(CultureInfo.InvariantCulture)} " +
        "(tử số, mẫu số cộng dồn; tỉ lệ % lấy trung bình).";

    public string FromMonthsMark => "*";

    public string FromMonthsFootnote(Period period) =>
        $"{FromMonthsMark} Chưa có báo cáo {period.Display("vi")}: số liệu tính từ báo cáo các tháng.";

    public string ExportReportersHeader => "Số đơn vị đã báo cáo";

    public string ExportFromMonthsHeader => "Tính từ các tháng";
}
