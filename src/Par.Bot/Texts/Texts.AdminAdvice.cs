using Par.Core.Members;
using static Par.Bot.Telegram.Html;

namespace Par.Bot.Texts;

/// <summary>
/// What admins are told that members are not: the forms of a command that name a unit, and how to unlock a
/// locked period themselves instead of asking the office they work in.
/// </summary>
public sealed partial class Texts
{
    /// <summary>How /help writes a command: <c>/done UNIT CODE</c> for an admin, who acts on any unit; <c>/done</c> otherwise.</summary>
    private string HelpForm(string command, Role role) => (role, command) switch
    {
        (Role.Admin, "report") => Say(Phrases.HelpReportForAdmin),
        (Role.Admin, "done") => Say(Phrases.HelpDoneForAdmin),
        _ => $"/{command}",
    };

    private string LockedPeriod(string period, bool canUnlock) =>
        canUnlock ? Say(Phrases.ReportLockedPeriodForAdmin, Code(period), E(period)) : Say(Phrases.ReportLockedPeriod, Code(period));

    internal static partial class Phrases
    {
        public static readonly Phrase HelpReportForAdmin = new();
        public static readonly Phrase HelpDoneForAdmin = new();
        public static readonly Phrase ReportLockedPeriodForAdmin = new("period code");
        public static readonly Phrase PeriodIsLockedForAdmin = new("period code");
    }
}
