using Par.Core;
using System.Globalization;
using Par.Bot.Handlers.Dossiers;
using Par.Bot.Handlers.Reminders;
using Par.Core.Dossiers;
using Par.Core.Periods;
using static Par.Bot.Telegram.Html;

namespace Par.Bot.Texts;

public sealed partial class ViTexts
{
    private static readonly string[] WeekDays = ["Chủ nhật", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy"];

    public string OverdueDigest(string unitCode, string unitName, UnitLateSummary summary, DateOnly day) =>
        $"☀️ <b>Nhắc việc ngày {Day(day)}</b>\n" + LateList(unitCode, unitName, summary);

    public string ReportReminder(string unitName, Period period, DateOnly deadline, int daysLeft)
    {
        var head = $"📝 <b>Nhắc báo cáo:</b> {Bold(unitName)} chưa gửi báo cáo Chỉ số CCHC {E(period.Display(Language.Vi))}.";
        var when = daysLeft switch
        {
            > 0 => $" Hạn chót: ngày {Day(deadline)} (còn {daysLeft} ngày).",
            0 => $" Hôm nay ({Day(deadline)}) là hạn chót.",
            _ => $" Đã quá hạn chót ngày {Day(deadline)}; đề nghị gửi ngay.",
        };
        return head + when + $" Gửi bằng lệnh <code>/report {E(period.ToString())}</code>.";
    }

    public string EscalationDigest(IReadOnlyList<UnitLateSummary> longOverdue, UnitNames names, LateRules rules, Period period, DateOnly deadline, IReadOnlyList<string> notReported)
    {
        var lines = new List<string> { "⚠️ <b>Cảnh báo trễ hạn</b>" };
        if (longOverdue.Count > 0)
        {
            lines.Add($"\n<b>Đơn vị có hồ sơ, nhiệm vụ quá hạn trên {rules.EscalateAfter.TotalDays:0} ngày:</b>");
            lines.AddRange(longOverdue.Select(u => $"• {Code(u.UnitCode)} {E(names[u.UnitCode])}: {u.LongOverdue} mục (tổng quá hạn {u.Overdue})"));
        }
        if (notReported.Count > 0)
        {
            lines.Add($"\n<b>Đơn vị chưa báo cáo {E(period.Display(Language.Vi))} (hạn chót {Day(deadline)}):</b>");
            lines.AddRange(notReported.Select(code => $"• {Code(code)} {E(names[code])}"));
        }
        return string.Join('\n', lines);
    }

    public string ScheduleList(IReadOnlyList<ScheduleView> schedules, string timeZone)
    {
        var lines = new List<string> { $"<b>Lịch nhắc việc</b> (múi giờ {E(timeZone)})" };
        foreach (var s in schedules)
        {
            lines.Add($"\n<b>{ScheduleName(s.Name)}</b>\n<code>Reminders:{E(s.OptionKey)}</code> = <code>{E(s.Cron)}</code>");
            lines.Add(s.NextLocal.Count == 0 ? "Không còn lần chạy nào." : "Lần tới: " + string.Join("; ", s.NextLocal.Select(WeekDayAndTime)));
            if (s.LastHandledLocal is { } last)
                lines.Add($"Đã xét đến: {WeekDayAndTime(last)}");
        }
        return string.Join('\n', lines);
    }

    private static string ScheduleName(string name) => name switch
    {
        "digest" => "Nhắc việc buổi sáng (hồ sơ, nhiệm vụ trễ và sắp đến hạn)",
        "report-reminder" => "Nhắc hạn báo cáo chỉ số",
        "escalation" => "Cảnh báo trễ hạn gửi quản trị",
        _ => E(name),
    };

    private static string WeekDayAndTime(DateTimeOffset local) => $"{WeekDays[(int)local.DayOfWeek]} {When(local)}";

    private static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
