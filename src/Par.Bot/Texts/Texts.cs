using System.Globalization;
using System.Reflection;
using Par.Core;
using Par.Core.Invites;
using Par.Core.Members;
using Par.Core.Tabular;
using Par.Bot.Handlers.Documents;
using Par.Core.Units;
using static Par.Bot.Telegram.Html;

namespace Par.Bot.Texts;

/// <summary>
/// Every user-facing string, written once: what goes on which line, lists, numbers and dates. The words come from
/// the language's <see cref="Phrasebook"/>, and raw values are escaped here before they fill a phrase's holes.
/// Split by feature into partial files, each declaring its phrases in <see cref="Phrases"/>.
/// </summary>
public sealed partial class Texts(Language language, Phrasebook phrasebook) : ITexts
{
    public Language Language => language;

    public string Apology => Say(Phrases.Apology);
    public string Interrupted => Say(Phrases.Interrupted);
    public string UnknownCommand => Say(Phrases.UnknownCommand);
    public string NotUnderstood => Say(Phrases.NotUnderstood);
    public string PrivateChatOnly => Say(Phrases.PrivateChatOnly);
    public string Refused(Role needed) => Say(needed switch
    {
        Role.Admin => Phrases.RefusedAdminOnly,
        Role.Head => Phrases.RefusedHeadOnly,
        _ => Phrases.RefusedMembersOnly,
    });
    public string Cancelled => Say(Phrases.Cancelled);
    public string NothingToCancel => Say(Phrases.NothingToCancel);
    public string TooLong(int limit) => Say(Phrases.TooLong, limit);
    public string ButtonExpired => Say(Phrases.ButtonExpired);

    public string WelcomeStranger(string botUsername) => Say(Phrases.WelcomeStranger, E(botUsername));

    public string Welcome(string name, Role role, Unit? unit) =>
        (unit is null ? Say(Phrases.Welcome, E(name), RoleName(role)) : Say(Phrases.WelcomeToUnit, E(name), RoleName(role), Bold(unit.Name)))
        + "\n\n" + Help(role);

    public string Help(Role role) =>
        string.Join('\n', CommandCatalog.For(role).Select(c => $"{HelpForm(c, role)} — {CommandDescription(c)}").Prepend(Say(Phrases.HelpTitle)));

    public string CommandDescription(string command) => Phrases.Commands.TryGetValue(command, out var phrase) ? Say(phrase) : command;

    public string Joined(Unit unit, Role role) => Say(Phrases.Joined, Bold(unit.Name), Code(unit.Code), RoleName(role)) + "\n\n" + Help(role);

    public string RedeemFailed(RedeemOutcome outcome) => outcome switch
    {
        RedeemOutcome.NotFound => Say(Phrases.InviteNotFound),
        RedeemOutcome.Expired => Say(Phrases.InviteExpired),
        RedeemOutcome.AlreadyUsed => Say(Phrases.InviteAlreadyUsed),
        RedeemOutcome.UnitArchived => Say(Phrases.InviteUnitArchived),
        RedeemOutcome.Revoked => Say(Phrases.InviteRevokedCode),
        _ => Apology,
    };

    public string InviteCreated(Invite invite, Unit unit, string link, DateTimeOffset expiresLocal) =>
        Say(Phrases.InviteCreated, RoleName(invite.Role), Bold(unit.Name), Code(invite.Code), E(link), Clock(expiresLocal), Day(expiresLocal));
    public string InviteUsage => Say(Phrases.InviteUsage);
    public string UnitNotFound(string code) => Say(Phrases.UnitNotFound, Code(code));

    public string LanguageSet => Say(Phrases.LanguageSet);
    public string LanguageUsage => Say(Phrases.LanguageUsage);

    public string UnitsList(IReadOnlyList<Unit> units, IReadOnlyDictionary<string, int> memberCounts, UnitGroups groups)
    {
        if (units.Count == 0)
            return Say(Phrases.UnitsNone);
        var lines = new List<string> { Say(Phrases.UnitsTitle, units.Count) };
        foreach (var group in units.GroupBy(u => groups.Of(u.Group).Code, StringComparer.OrdinalIgnoreCase).OrderBy(g => groups.Position(g.Key)))
        {
            lines.Add($"\n{Bold(GroupName(groups.Of(group.Key)))}");
            lines.AddRange(group.Select(u => Say(Phrases.UnitsLine, Code(u.Code), E(u.Name), memberCounts.GetValueOrDefault(u.Code))));
        }
        return string.Join('\n', lines);
    }

    public string UnitsUsage(UnitGroups groups) => Say(Phrases.UnitsUsage, GroupChoices(groups));
    public string UnitSaved(Unit unit, UnitGroup group) => Say(Phrases.UnitSaved, Code(unit.Code), Bold(unit.Name), GroupHtml(group));
    public string UnitArchived(Unit unit) => Say(Phrases.UnitArchived, Code(unit.Code), Bold(unit.Name));

    public string UnitProblem(UnitProblem problem, string value, UnitGroups groups) => problem switch
    {
        Core.Units.UnitProblem.BadCode => Say(Phrases.UnitBadCode, Code(Short(value))),
        Core.Units.UnitProblem.MissingName => Say(Phrases.UnitMissingName),
        Core.Units.UnitProblem.NameTooLong => Say(Phrases.UnitNameTooLong, UnitService.MaxNameLength),
        Core.Units.UnitProblem.UnknownGroup => Say(Phrases.UnitUnknownGroup, Quote(Short(value)), GroupChoices(groups)),
        Core.Units.UnitProblem.DuplicateInFile => Say(Phrases.UnitDuplicateInFile, Code(Short(value))),
        Core.Units.UnitProblem.NotFound => Say(Phrases.UnitMissing, Code(value)),
        Core.Units.UnitProblem.AlreadyArchived => Say(Phrases.UnitAlreadyArchived, Code(value)),
        _ => E(value),
    };

    public ImportReport UnitImportReport(UnitImportResult result, UnitGroups groups) => Report(
        Say(Phrases.UnitImportSummary, result.Added.Count, result.Updated.Count, result.Rejected.Count),
        [.. result.Rejected.Select(r => new RejectedLine(r.RowNumber, UnitProblem(r.Problem, r.Value, groups)))]);

    public string FileTooLarge(int maxBytes) => Say(Phrases.FileTooLarge, maxBytes / 1024 / 1024);
    public string FileUnreadable(TableError error) => Say(Phrases.NothingStored, error.Kind switch
    {
        TableErrorKind.Empty => Say(Phrases.FileEmpty),
        TableErrorKind.TooLarge => Say(Phrases.FileTooManyRows, E(error.Detail)),
        TableErrorKind.BadEncoding => Say(Phrases.FileBadEncoding),
        TableErrorKind.NoHeader => Say(Phrases.FileNoHeader),
        TableErrorKind.DuplicateHeader => Say(Phrases.FileDuplicateHeader, Code(error.Detail)),
        TableErrorKind.CellTooLong => Say(Phrases.FileCellTooLong, Code(error.Detail), TableReadLimits.DefaultMaxCellChars),
        _ => Say(Phrases.FileNotATable),
    });
    public string FileUnknownKind(IReadOnlyList<string> headers) => Say(Phrases.FileUnknownKind, E(Short(string.Join(", ", headers), 200)));

    /// <summary>The phrase in this language, its holes filled in order; numbers are written the language's way.</summary>
    private string Say(Phrase phrase, params ReadOnlySpan<object?> values)
    {
        var texts = new string[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            texts[i] = values[i] switch
            {
                string text => text,
                IFormattable formattable => formattable.ToString(null, language.Culture),
                var other => other?.ToString() ?? "",
            };
        }

        return phrasebook.Fill(phrase, texts);
    }

    private string RoleName(Role role) => Say(role switch
    {
        Role.Admin => Phrases.RoleAdmin,
        Role.Head => Phrases.RoleHead,
        Role.Deputy => Phrases.RoleDeputy,
        _ => Phrases.RoleGuest,
    });

    /// <summary>A local time as officials write it, <c>17:00 20/05/2025</c> in Vietnamese; the phrasebook orders time and day.</summary>
    private string When(DateTimeOffset local) => Say(Phrases.When, Clock(local), Day(local));

    private static string Clock(DateTimeOffset local) => local.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string Day(DateTimeOffset local) => local.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>A user's or a file's value quoted back: at most <paramref name="max"/> characters and an ellipsis.</summary>
    private static string Short(string text, int max = 60) => text.Length > max ? text[..max] + "…" : text;

    private static string CodeList(IEnumerable<string> codes) => string.Join(", ", codes.Select(Code));

    internal static partial class Phrases
    {
        /// <summary>Every phrase the layout uses: the keys each phrasebook must have. Read after the fields are set, so not a field itself.</summary>
        public static IReadOnlyList<Phrase> All() =>
        [
            .. typeof(Phrases).GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.FieldType == typeof(Phrase))
                .Select(f => (Phrase)f.GetValue(null)!),
        ];

        public static readonly Phrase Apology = new();
        public static readonly Phrase Interrupted = new();
        public static readonly Phrase UnknownCommand = new();
        public static readonly Phrase NotUnderstood = new();
        public static readonly Phrase PrivateChatOnly = new();
        public static readonly Phrase RefusedAdminOnly = new();
        public static readonly Phrase RefusedHeadOnly = new();
        public static readonly Phrase RefusedMembersOnly = new();
        public static readonly Phrase Cancelled = new();
        public static readonly Phrase NothingToCancel = new();
        public static readonly Phrase TooLong = new("limit");
        public static readonly Phrase ButtonExpired = new();
        public static readonly Phrase WelcomeStranger = new("bot");
        public static readonly Phrase Welcome = new("name role");
        public static readonly Phrase WelcomeToUnit = new("name role unit");
        public static readonly Phrase HelpTitle = new();
        public static readonly Phrase CommandStart = new();
        public static readonly Phrase CommandHelp = new();
        public static readonly Phrase CommandRank = new();
        public static readonly Phrase CommandTop = new();
        public static readonly Phrase CommandReport = new();
        public static readonly Phrase CommandOverdue = new();
        public static readonly Phrase CommandDone = new();
        public static readonly Phrase CommandTasks = new();
        public static readonly Phrase CommandEmulation = new();
        public static readonly Phrase CommandInvite = new();
        public static readonly Phrase CommandMembers = new();
        public static readonly Phrase CommandUnits = new();
        public static readonly Phrase CommandBroadcast = new();
        public static readonly Phrase CommandExport = new();
        public static readonly Phrase CommandReference = new();
        public static readonly Phrase CommandPeriod = new();
        public static readonly Phrase CommandSchedule = new();
        public static readonly Phrase CommandBackup = new();
        public static readonly Phrase CommandLang = new();
        public static readonly Phrase CommandCancel = new();
        public static readonly Phrase Joined = new("unit code role");
        public static readonly Phrase InviteNotFound = new();
        public static readonly Phrase InviteExpired = new();
        public static readonly Phrase InviteAlreadyUsed = new();
        public static readonly Phrase InviteUnitArchived = new();
        public static readonly Phrase InviteCreated = new("role unit code link time date");
        public static readonly Phrase InviteUsage = new();
        public static readonly Phrase UnitNotFound = new("code");
        public static readonly Phrase LanguageSet = new();
        public static readonly Phrase LanguageUsage = new();
        public static readonly Phrase UnitsNone = new();
        public static readonly Phrase UnitsTitle = new("count");
        public static readonly Phrase UnitsLine = new("code name members", count: "members");
        public static readonly Phrase UnitsUsage = new("groups");
        public static readonly Phrase UnitSaved = new("code name group");
        public static readonly Phrase UnitArchived = new("code name");
        public static readonly Phrase UnitBadCode = new("code");
        public static readonly Phrase UnitMissingName = new();
        public static readonly Phrase UnitNameTooLong = new("max");
        public static readonly Phrase UnitUnknownGroup = new("group groups");
        public static readonly Phrase UnitDuplicateInFile = new("code");
        public static readonly Phrase UnitMissing = new("code");
        public static readonly Phrase UnitAlreadyArchived = new("code");
        public static readonly Phrase UnitImportSummary = new("added updated rejected");
        public static readonly Phrase RejectedRow = new("row problem");
        public static readonly Phrase FileTooLarge = new("megabytes");
        public static readonly Phrase NothingStored = new("problem");
        public static readonly Phrase FileEmpty = new();
        public static readonly Phrase FileTooManyRows = new("limit");
        public static readonly Phrase FileBadEncoding = new();
        public static readonly Phrase FileNoHeader = new();
        public static readonly Phrase FileDuplicateHeader = new("column");
        public static readonly Phrase FileNotATable = new();
        public static readonly Phrase FileUnknownKind = new("columns");
        public static readonly Phrase RoleAdmin = new();
        public static readonly Phrase RoleHead = new();
        public static readonly Phrase RoleDeputy = new();
        public static readonly Phrase RoleGuest = new();
        public static readonly Phrase When = new("time date");

        public static readonly IReadOnlyDictionary<string, Phrase> Commands = new Dictionary<string, Phrase>
        {
            ["start"] = CommandStart, ["help"] = CommandHelp, ["rank"] = CommandRank, ["top"] = CommandTop,
            ["report"] = CommandReport, ["overdue"] = CommandOverdue, ["done"] = CommandDone, ["tasks"] = CommandTasks, ["emulation"] = CommandEmulation,
            ["invite"] = CommandInvite, ["members"] = CommandMembers, ["units"] = CommandUnits, ["broadcast"] = CommandBroadcast, ["export"] = CommandExport,
            ["reference"] = CommandReference, ["period"] = CommandPeriod, ["schedule"] = CommandSchedule, ["backup"] = CommandBackup, ["lang"] = CommandLang,
            ["cancel"] = CommandCancel,
        };
    }
}
