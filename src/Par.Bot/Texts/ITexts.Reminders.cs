using Par.Bot.Handlers.Dossiers;
using Par.Bot.Handlers.Reminders;
using Par.Core.Dossiers;
using Par.Core.Periods;

namespace Par.Bot.Texts;

public partial interface ITexts
{
    string OverdueDigest(string unitCode, string unitName, UnitLateSummary summary, DateOnly day);
    /// <summary><paramref name="daysLeft"/> is negative once the deadline has passed.</summary>
    string ReportReminder(string unitName, Period period, DateOnly deadline, int daysLeft);
    /// <summary>Units with items overdue longer than the threshold, and units that missed the report deadline (may be empty).</summary>
    string EscalationDigest(IReadOnlyList<UnitLateSummary> longOverdue, UnitNames names, LateRules rules, Period period, DateOnly deadline, IReadOnlyList<string> notReported);
    /// <summary>Each schedule in words with its next times; <paramref name="holidays"/> configured days off it skips.</summary>
    string ScheduleList(IReadOnlyList<ScheduleView> schedules, string timeZone, int holidays);
}
