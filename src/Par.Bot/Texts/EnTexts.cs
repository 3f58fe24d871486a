using Par.Core;
using Par.Bot.Telegram;
using Par.Core.Invites;
using Par.Core.Members;
using Par.Core.Tabular;
using Par.Core.Units;
using static Par.Bot.Telegram.Html;

namespace Par.Bot.Texts;

public sealed partial class EnTexts : ITexts
{
    public Language Language => Language.En;
    public string Apology => "Sorry, something went wrong while handling your request. Nothing was changed; please try again in a few minutes.";
    public string Interrupted => "Your previous request was interrupted by a restart and may have been partly carried out. Please check (for example /tasks, /rank) and send it again if needed.";
    public string UnknownCommand => "Unknown command. Send /help to see the commands you can use.";
    public string NotUnderstood => "I did not understand this message. Send /help to see the commands, or press a button in the previous message.";
    public string PrivateChatOnly => "Par works in a private chat only. Please message the bot directly.";
    public string Refused(Role needed) => needed switch
    {
        Role.Admin => "Only officials of the Department of Home Affairs (admins) may use this command. Nothing was changed.",
        Role.Head => "Only the head of a unit may use this command. Nothing was changed.",
        _ => "You need to join a unit to use this command. Ask the Department of Home Affairs or your unit's head for an invite code, then send /start CODE.",
    };
    public string Cancelled => "Cancelled. Nothing was changed.";
    public string NothingToCancel => "There is nothing to cancel.";
    public string TooLong(int limit) => $"The message is too long (at most {limit} characters). Nothing was changed.";
    public string ButtonExpired => "This button is no longer valid.";

    public string WelcomeStranger(string botUsername) =>
        "Hello! <b>Par</b> helps departments, communes and wards follow the PAR index: report indicators, see your rank, get reminders of late dossiers and receive the province's announcements.\n\n" +
        "To use it you need an <b>invite code</b>:\n" +
        "• Heads of units: ask the Department of Home Affairs.\n" +
        "• Deputies and staff: ask the head of your unit.\n\n" +
        $"Then send <code>/start CODE</code> or open the invite link https://t.me/{E(botUsername)}?start=CODE";

    public string Welcome(string name, Role role, Unit? unit) =>
        $"Hello {E(name)}! You are <b>{RoleName(role)}</b>{(unit is null ? "" : $" of {Bold(unit.Name)}")}.\n\n" + Help(role);

    public string Help(Role role)
    {
        var lines = new List<string> { "<b>Commands you can use:</b>" };
        lines.AddRange(CommandCatalog.For(role).Select(c => $"/{c} — {CommandDescription(c)}"));
        return string.Join('\n', lines);
    }

    public string CommandDescription(string command) => command switch
    {
        "start" => "start, enter an invite code",
        "help" => "the commands you can use",
        "rank" => "your unit's score and rank",
        "top" => "your group's leaderboard",
        "report" => "report the period's indicators",
        "overdue" => "late and nearly due dossiers and tasks",
        "done" => "mark a dossier or task finished",
        "tasks" => "assigned tasks",
        "invite" => "create an invite code",
        "units" => "manage units",
        "broadcast" => "send an announcement",
        "export" => "export the period's table",
        "reference" => "record reference values for a period",
        "period" => "lock or unlock a period",
        "schedule" => "reminder schedules",
        "lang" => "change language (vi/en)",
        "cancel" => "cancel what you are doing",
        _ => command,
    };

    public string Joined(Unit unit, Role role) =>
        $"Welcome! You joined {Bold(unit.Name)} ({Code(unit.Code)}) as <b>{RoleName(role)}</b>.\n\n" + Help(role);

    public string RedeemFailed(RedeemOutcome outcome) => outcome switch
    {
        RedeemOutcome.NotFound => "This invite code is not valid. Check the code (8 characters) or ask for a new one.",
        RedeemOutcome.Expired => "This invite code has expired. Ask whoever invited you for a new one.",
        RedeemOutcome.AlreadyUsed => "This invite code was already used by someone else. Each code works once; ask for a new one.",
        RedeemOutcome.UnitArchived => "The unit of this invite is no longer active. Contact the Department of Home Affairs.",
        _ => Apology,
    };

    public string InviteCreated(Invite invite, Unit unit, string link, DateTimeOffset expiresLocal) =>
        $"<b>{RoleName(invite.Role)}</b> invite for {Bold(unit.Name)}: {Code(invite.Code)}\n" +
        $"Link: {E(link)}\n" +
        $"Works once, expires at {expiresLocal:HH:mm dd/MM/yyyy}.";
    public string InviteUsage => "Usage: <code>/invite UNIT_CODE</code> (admin: invite a unit's head), or <code>/invite</code> (head: invite a deputy).";
    public string UnitNotFound(string code) => $"There is no unit {Code(code)}. Send /units to see the list.";

    public string LanguageSet => "Language set to English.";
    public string LanguageUsage => "Usage: <code>/lang vi</code> or <code>/lang en</code>.";

    public string UnitsList(IReadOnlyList<Unit> units, IReadOnlyDictionary<string, int> memberCounts)
    {
        if (units.Count == 0)
            return "There are no units yet. Add one with <code>/units add CODE \"Name\" group</code> or send a CSV/XLSX file with columns code,name,group.";
        var lines = new List<string> { $"<b>Units ({units.Count}):</b>" };
        foreach (var group in units.GroupBy(u => u.Group))
        {
            lines.Add($"\n<b>{E(group.Key)}</b>");
            lines.AddRange(group.Select(u => $"{Code(u.Code)} {E(u.Name)} — {memberCounts.GetValueOrDefault(u.Code)} members"));
        }
        return string.Join('\n', lines);
    }

    public string UnitsUsage(IReadOnlyList<string> groups) =>
        "Managing units:\n" +
        "<code>/units</code> — list\n" +
        "<code>/units add CODE \"Unit name\" group</code> — add or rename\n" +
        "<code>/units archive CODE</code> — archive\n" +
        "<code>/units merge NEW \"Name\" group OLD1 OLD2 …</code> — merge\n" +
        "Or send a CSV/XLSX file with columns <code>code,name,group</code>.\n" +
        $"Groups: {string.Join(", ", groups.Select(Code))}";
    public string UnitSaved(Unit unit) => $"Saved unit {Code(unit.Code)} {Bold(unit.Name)} (group {E(unit.Group)}).";
    public string UnitArchived(Unit unit) => $"Unit {Code(unit.Code)} {Bold(unit.Name)} is archived.";

    public string UnitProblem(UnitProblem problem, string value, IReadOnlyList<string> groups) => problem switch
    {
        Core.Units.UnitProblem.BadCode => $"code {Code(value)} is not valid (Latin letters, digits, '-' or '_', at most 32 characters)",
        Core.Units.UnitProblem.MissingName => "the unit name is missing",
        Core.Units.UnitProblem.NameTooLong => $"the name is too long (at most {UnitService.MaxNameLength} characters)",
        Core.Units.UnitProblem.UnknownGroup => $"there is no group {Code(value)}; use one of: {string.Join(", ", groups.Select(Code))}",
        Core.Units.UnitProblem.DuplicateInFile => $"code {Code(value)} appears twice in the file",
        Core.Units.UnitProblem.NotFound => $"there is no unit {Code(value)}",
        Core.Units.UnitProblem.AlreadyArchived => $"unit {Code(value)} is already archived",
        _ => E(value),
    };

    public string UnitImportReport(UnitImportResult result, IReadOnlyList<string> groups)
    {
        var lines = new List<string>
        {
            $"<b>Unit import:</b> {result.Added.Count} added, {result.Updated.Count} updated, {result.Rejected.Count} rejected.",
        };
        lines.AddRange(result.Rejected.Select(r => $"• Row {r.RowNumber}: {UnitProblem(r.Problem, r.Value, groups)}"));
        return string.Join('\n', lines);
    }

    public string FileTooLarge(int maxBytes) => $"The file is too large (at most {maxBytes / 1024 / 1024} MB). Nothing was stored.";
    public string FileUnreadable(TableError error) => error.Kind switch
    {
        TableErrorKind.Empty => "The file is empty: it has no data rows.",
        TableErrorKind.TooLarge => $"The file is too large ({E(error.Detail)}). Please split it.",
        TableErrorKind.BadEncoding => "The file's text encoding cannot be read. Save the CSV as UTF-8 or send an XLSX file.",
        TableErrorKind.NoHeader => "The file has no header row (column names) at the top.",
        TableErrorKind.DuplicateHeader => $"Column {Code(error.Detail)} appears twice.",
        _ => "This is not a readable CSV or XLSX file.",
    } + " Nothing was stored.";
    public string FileUnknownKind(IReadOnlyList<string> headers) =>
        $"Could not tell what this file holds from its columns: {E(string.Join(", ", headers))}.\n" +
        "Units: <code>code,name,group</code>; dossiers: <code>code,procedure,received,due,status,finished</code>; reports: <code>unit,period,INDICATOR…</code>. Nothing was stored.";

    private static string RoleName(Role role) => role switch
    {
        Role.Admin => "admin",
        Role.Head => "head of unit",
        Role.Deputy => "deputy",
        _ => "guest",
    };
}
