using Par.Core;
using System.Globalization;
using Par.Bot.Handlers.Dossiers;
using Par.Bot.Handlers.Reminders;
using Par.Core.Dossiers;
using Par.Core.Periods;
using static Par.Bot.Telegram.Html;

namespace Par.Bot.Texts;

public sealed partial class EnTexts
{
    public string OverdueDigest(string unitCode, string unitName, UnitLateSummary summary, DateOnly day) =>
        $"☀️ <b>Reminder for {Day(day)}</b>\n" + LateList(unitCode, unitName, summary);

    public string ReportReminder(string unitName, Period period, DateOnly deadline, int daysLeft)
    {
        var head = $"📝 <b>Report reminder:</b> {Bold(unitName)} has not sent its PAR index report for {E(period.Display(Language.En))}.";
        var when = daysLeft switch
        {
            > 0 => $" Deadline: {Day(deadline)} ({daysLeft} day(s) left).",
            0 => $" Today ({Day(deadline)}) is the deadline.",
            _ => $" The deadline ({Day(deadline)}) has passed; please send it now.",
        };
        return head + when + $" Send it with <code>/report {E(period.ToString())}</code>.";
    }

    public string EscalationDigest(IReadOnlyList<UnitLateSummary> longOverdue, UnitNames names, LateRules rules, Period period, DateOnly deadline, IReadOnlyList<string> notReported)
    {
        var lines = new List<string> { "⚠️ <b>Escalation</b>" };
        if (longOverdue.Count > 0)
        {
            lines.Add($"\n<b>Units with dossiers or tasks overdue more than {rules.EscalateAfter.TotalDays:0} days:</b>");
            lines.AddRange(longOverdue.Select(u => $"• {Code(u.UnitCode)} {E(names[u.UnitCode])}: {u.LongOverdue} item(s) ({u.Overdue} overdue in all)"));
        }
        if (notReported.Count > 0)
        {
            lines.Add($"\n<b>Units that have not reported {E(period.Display(Language.En))} (deadline {Day(deadline)}):</b>");
            lines.AddRange(notReported.Select(code => $"• {Code(code)} {E(names[code])}"));
        }
        return string.Join('\n', lines);
    }

    public string ScheduleList(IReadOnlyList<ScheduleView> schedules, string timeZone)
    {
        var lines = new List<string> { $"<b>Reminder schedules</b> (time zone {E(timeZone)})" };
        foreach (var s in schedules)
        {
            lines.Add($"\n<b>{ScheduleName(s.Name)}</b>\n<code>Reminders:{E(s.OptionKey)}</code> = <code>{E(s.Cron)}</code>");
            lines.Add(s.NextLocal.Count == 0 ? "It will not run again." : "Next: " + string.Join("; ", s.NextLocal.Select(WeekDayAndTime)));
            if (s.LastHandledLocal is { } last)
                lines.Add($"Handled up to: {WeekDayAndTime(last)}");
        }
        return string.Join('\n', lines);
    }

    private static string ScheduleName(string name) => name switch
    {
        "digest" => "Morning digest (overdue and due-soon items)",
        "report-reminder" => "Report deadline reminder",
        "escalation" => "Escalation to admins",
        _ => E(name),
    };

    private static string WeekDayAndTime(DateTimeOffset local) => $"{local.DayOfWeek.ToString()[..3]} {When(local)}";

    private static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
