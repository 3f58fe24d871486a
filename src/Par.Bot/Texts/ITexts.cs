using Par.Bot.Handlers.Documents;
using Par.Core;
using Par.Core.Invites;
using Par.Core.Members;
using Par.Core.Tabular;
using Par.Core.Units;

namespace Par.Bot.Texts;

/// <summary>
/// Every user-facing string, split by feature into partial files; <see cref="Texts"/> writes them all, in the
/// words of one language's phrasebook. Arguments are raw values; the implementation escapes them.
/// </summary>
public partial interface ITexts
{
    Language Language { get; }
    string Apology { get; }
    string Interrupted { get; }
    string UnknownCommand { get; }
    string NotUnderstood { get; }
    string PrivateChatOnly { get; }
    string Refused(Role needed);
    string Cancelled { get; }
    string NothingToCancel { get; }
    string TooLong(int limit);
    string ButtonExpired { get; }

    string WelcomeStranger(string botUsername);
    string Welcome(string name, Role role, Unit? unit);
    string Help(Role role);
    string CommandDescription(string command);

    string Joined(Unit unit, Role role);
    string RedeemFailed(RedeemOutcome outcome);
    string InviteCreated(Invite invite, Unit unit, string link, DateTimeOffset expiresLocal);
    string InviteUsage { get; }
    string UnitNotFound(string code);

    string LanguageSet { get; }
    string LanguageUsage { get; }

    string UnitsList(IReadOnlyList<Unit> units, IReadOnlyDictionary<string, int> memberCounts, UnitGroups groups);
    string UnitsUsage(UnitGroups groups);
    string UnitSaved(Unit unit, UnitGroup group);
    string UnitArchived(Unit unit);
    string UnitProblem(UnitProblem problem, string value, UnitGroups groups);
    ImportReport UnitImportReport(UnitImportResult result, UnitGroups groups);

    string FileTooLarge(int maxBytes);
    string FileUnreadable(TableError error);
    string FileUnknownKind(IReadOnlyList<string> headers);
}
