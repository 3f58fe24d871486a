using Par.Bot.Handlers.Dossiers;
using Par.Bot.Handlers.Reminders;
using Par.Core.Dossiers;
using Par.Core.Periods;
using static Par.Bot.Telegram.Html;

namespace Par.Bot.Texts;

public sealed partial class Texts
{
    public string OverdueDigest(string unitCode, string unitName, UnitLateSummary summary, DateOnly day) =>
        Say(Phrases.OverdueDigest, Day(day)) + "\n" + LateList(unitCode, unitName, summary);

    public string ReportReminder(string unitName, Period period, DateOnly deadline, int daysLeft) =>
        Say(Phrases.ReportReminder, Bold(unitName), E(PeriodName(period)), daysLeft switch
        {
            > 0 => Say(Phrases.ReportDeadlineAhead, Day(deadline), daysLeft),
            0 => Say(Phrases.ReportDeadlineToday, Day(deadline)),
            _ => Say(Phrases.ReportDeadlinePassed, Day(deadline)),
        }, E(period.ToString()));

    public string EscalationDigest(IReadOnlyList<UnitLateSummary> longOverdue, UnitNames names, LateRules rules, Period period, DateOnly deadline, IReadOnlyList<string> notReported)
    {
        var lines = new List<string> { Say(Phrases.EscalationTitle) };
        if (longOverdue.Count > 0)
        {
            lines.Add("\n" + Say(Phrases.EscalationLongOverdue, Days(rules.EscalateAfter)));
            lines.AddRange(longOverdue.Select(u => Say(Phrases.EscalationUnit, Code(u.UnitCode), E(names[u.UnitCode]), u.LongOverdue, u.Overdue)));
        }
        if (notReported.Count > 0)
        {
            lines.Add("\n" + Say(Phrases.EscalationNotReported, E(PeriodName(period)), Day(deadline)));
            lines.AddRange(notReported.Select(code => $"• {Code(code)} {E(names[code])}"));
        }
        return string.Join('\n', lines);
    }

    public string ScheduleList(IReadOnlyList<ScheduleView> schedules, string timeZone)
    {
        var lines = new List<string> { Say(Phrases.ScheduleTitle, E(timeZone)) };
        foreach (var s in schedules)
        {
            lines.Add($"\n<b>{ScheduleName(s.Name)}</b>\n<code>Reminders:{E(s.OptionKey)}</code> = <code>{E(s.Cron)}</code>");
            lines.Add(s.NextLocal.Count == 0
                ? Say(Phrases.ScheduleDone)
                : Say(Phrases.ScheduleNext, string.Join("; ", s.NextLocal.Select(WeekDayAndTime))));
            if (s.LastHandledLocal is { } last)
                lines.Add(Say(Phrases.ScheduleHandled, WeekDayAndTime(last)));
        }
        return string.Join('\n', lines);
    }

    private string ScheduleName(string name) => name switch
    {
        "digest" => Say(Phrases.ScheduleDigest),
        "report-reminder" => Say(Phrases.ScheduleReportReminder),
        "escalation" => Say(Phrases.ScheduleEscalation),
        _ => E(name),
    };

    private string WeekDayAndTime(DateTimeOffset local) => $"{Say(Phrases.WeekDays[(int)local.DayOfWeek])} {When(local)}";

    internal static partial class Phrases
    {
        public static readonly Phrase OverdueDigest = new("day");
        public static readonly Phrase ReportReminder = new("unit period deadline code");
        public static readonly Phrase ReportDeadlineAhead = new("day days");
        public static readonly Phrase ReportDeadlineToday = new("day");
        public static readonly Phrase ReportDeadlinePassed = new("day");
        public static readonly Phrase EscalationTitle = new();
        public static readonly Phrase EscalationLongOverdue = new("days");
        public static readonly Phrase EscalationUnit = new("code name long overdue");
        public static readonly Phrase EscalationNotReported = new("period deadline");
        public static readonly Phrase ScheduleTitle = new("zone");
        public static readonly Phrase ScheduleDone = new();
        public static readonly Phrase ScheduleNext = new("times");
        public static readonly Phrase ScheduleHandled = new("time");
        public static readonly Phrase ScheduleDigest = new();
        public static readonly Phrase ScheduleReportReminder = new();
        public static readonly Phrase ScheduleEscalation = new();
        public static readonly Phrase Sunday = new();
        public static readonly Phrase Monday = new();
        public static readonly Phrase Tuesday = new();
        public static readonly Phrase Wednesday = new();
        public static readonly Phrase Thursday = new();
        public static readonly Phrase Friday = new();
        public static readonly Phrase Saturday = new();

        /// <summary>Indexed by <see cref="DayOfWeek"/>.</summary>
        public static readonly Phrase[] WeekDays = [Sunday, Monday, Tuesday, Wednesday, Thursday, Friday, Saturday];
    }
}
