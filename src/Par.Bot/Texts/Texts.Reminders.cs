using System.Globalization;
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

    public string ScheduleList(IReadOnlyList<ScheduleView> schedules, string timeZone, int holidays)
    {
        var lines = new List<string> { Say(Phrases.ScheduleTitle, E(timeZone)) };
        foreach (var s in schedules)
        {
            lines.Add($"\n<b>{ScheduleName(s.Name)}</b>");
            lines.Add(s.Shape.Kind == CronShapeKind.Other
                ? Say(Phrases.ScheduleCron, Code($"Reminders:{s.OptionKey}"), Code(s.Cron))
                : Say(Phrases.ScheduleWords, ShapeWords(s.Shape), Code($"Reminders:{s.OptionKey}")));
            lines.Add(s.NextLocal.Count == 0
                ? Say(Phrases.ScheduleDone)
                : Say(Phrases.ScheduleNext, string.Join("; ", s.NextLocal.Select(WeekDayAndTime))));
            if (s.LastHandledLocal is { } last)
                lines.Add(Say(Phrases.ScheduleHandled, WeekDayAndTime(last)));
        }
        lines.Add("\n" + Say(Phrases.ScheduleHolidays, holidays, Code("Calendar:Holidays")));
        return string.Join('\n', lines);
    }

    /// <summary>"8:00 sáng các ngày làm việc", "16:00 chiều hằng ngày", "9:00 sáng ngày 3 và 5 hằng tháng".</summary>
    private string ShapeWords(CronShape shape)
    {
        var clock = shape.Time.ToString("H:mm", CultureInfo.InvariantCulture);
        var time = Say(shape.Time.Hour switch { < 12 => Phrases.TimeMorning, < 18 => Phrases.TimeAfternoon, _ => Phrases.TimeEvening }, clock);
        return shape.Kind switch
        {
            CronShapeKind.WorkingDays => Say(Phrases.OnWorkingDays, time),
            CronShapeKind.Daily => Say(Phrases.EveryDay, time),
            _ => Say(Phrases.OnDaysOfMonth, time, AndList(shape.DaysOfMonth.Select(day => day.ToString(CultureInfo.InvariantCulture)).ToList())),
        };
    }

    /// <summary>"3, 5 và 10" / "3, 5 and 10".</summary>
    private string AndList(List<string> items) =>
        items.Count < 2 ? string.Join("", items) : Say(Phrases.AndList, string.Join(", ", items.Take(items.Count - 1)), items[^1]);

    private string ScheduleName(string name) => name switch
    {
        "digest" => Say(Phrases.ScheduleDigest),
        "report-reminder" => Say(Phrases.ScheduleReportReminder),
        "escalation" => Say(Phrases.ScheduleEscalation),
        "task-reminder" => Say(Phrases.ScheduleTaskReminder),
        _ => E(name),
    };

    private string WeekDayAndTime(DateTimeOffset local) => Say(Phrases.WeekDayAt, Say(Phrases.WeekDays[(int)local.DayOfWeek]), Day(local), Clock(local));

    internal static partial class Phrases
    {
        public static readonly Phrase OverdueDigest = new("day");
        public static readonly Phrase ReportReminder = new("unit period deadline code");
        public static readonly Phrase ReportDeadlineAhead = new("day days", count: "days");
        public static readonly Phrase ReportDeadlineToday = new("day");
        public static readonly Phrase ReportDeadlinePassed = new("day");
        public static readonly Phrase EscalationTitle = new();
        public static readonly Phrase EscalationLongOverdue = new("days");
        public static readonly Phrase EscalationUnit = new("code name long overdue", count: "long");
        public static readonly Phrase EscalationNotReported = new("period deadline");
        public static readonly Phrase ScheduleTitle = new("zone");
        public static readonly Phrase ScheduleDone = new();
        public static readonly Phrase ScheduleNext = new("times");
        public static readonly Phrase ScheduleHandled = new("time");
        public static readonly Phrase ScheduleWords = new("when key");
        public static readonly Phrase ScheduleCron = new("key cron");
        public static readonly Phrase ScheduleHolidays = new("count key", count: "count");
        public static readonly Phrase TimeMorning = new("time");
        public static readonly Phrase TimeAfternoon = new("time");
        public static readonly Phrase TimeEvening = new("time");
        public static readonly Phrase OnWorkingDays = new("time");
        public static readonly Phrase EveryDay = new("time");
        public static readonly Phrase OnDaysOfMonth = new("time days");
        public static readonly Phrase AndList = new("first last");
        public static readonly Phrase WeekDayAt = new("weekday date time");
        public static readonly Phrase ScheduleDigest = new();
        public static readonly Phrase ScheduleReportReminder = new();
        public static readonly Phrase ScheduleEscalation = new();
        public static readonly Phrase ScheduleTaskReminder = new();
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
