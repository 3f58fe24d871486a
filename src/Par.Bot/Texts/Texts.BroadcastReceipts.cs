using Par.Bot.Handlers.Broadcasts;
using Par.Core.Broadcasts;
using Par.Core.Units;
using System.Globalization;
using static Par.Bot.Telegram.Html;

namespace Par.Bot.Texts;

public sealed partial class Texts
{
    /// <summary>How many units the preview names before "and N more": the confirmation must stay one message.</summary>
    private const int UnservedListed = 20;

    public string BroadcastName(Broadcast broadcast, DateTimeOffset createdLocal) => broadcast.Number is { } number
        ? Say(Phrases.BroadcastNumbered, number.ToString(CultureInfo.InvariantCulture), broadcast.Year.ToString(CultureInfo.InvariantCulture))
        : Say(Phrases.BroadcastDated, Day(createdLocal), Clock(createdLocal));

    public string BroadcastUnserved(IReadOnlyList<Unit> units, bool headsOnly) =>
        Say(headsOnly ? Phrases.BroadcastUnservedHeads : Phrases.BroadcastUnservedMembers, units.Count)
        + "\n" + string.Join("\n", units.Take(UnservedListed).Select(u => $"• {Code(u.Code)} {E(u.Name)}"))
        + (units.Count > UnservedListed ? "\n" + Say(Phrases.MoreUnits, units.Count - UnservedListed) : "");

    public string AcknowledgedButton(DateTimeOffset acknowledgedLocal, DateTimeOffset sentLocal) => Say(
        Phrases.AcknowledgedButton,
        acknowledgedLocal.Date == sentLocal.Date ? Clock(acknowledgedLocal) : Say(Phrases.AcknowledgedOn, Clock(acknowledgedLocal), acknowledgedLocal.ToString("dd/MM", CultureInfo.InvariantCulture)));

    public string BroadcastUndeliveredButton(int count) => Say(Phrases.BroadcastUndeliveredButton, count);

    public string BroadcastUndelivered(string name, IReadOnlyList<UndeliveredLine> lines)
    {
        var text = new List<string> { Say(Phrases.BroadcastUndeliveredTitle, lines.Count, name) };
        foreach (var group in lines.GroupBy(line => line.Reason).OrderBy(group => group.Key))
        {
            text.Add("\n" + Say(Phrases.BroadcastUndeliveredReason, UndeliveredReasonName(group.Key), group.Count()));
            text.AddRange(group.Select(line => "• " + RecipientLine(line)));
        }
        text.Add("");
        if (lines.Any(line => line.Reason is UndeliveredReason.BlockedBefore or UndeliveredReason.Blocked))
            text.Add(Say(Phrases.BroadcastUndeliveredBlockedHint));
        if (lines.Any(line => line.Reason == UndeliveredReason.Failed))
            text.Add(Say(Phrases.BroadcastUndeliveredFailedHint));
        return string.Join('\n', text);
    }

    public string BroadcastUndeliveredCaption(string name, int count) => Say(Phrases.BroadcastUndeliveredCaption, count, name);
    public string BroadcastUndeliveredFileName => Say(Phrases.BroadcastUndeliveredFileName);
    public string BroadcastUndeliveredHeader(string column) =>
        Phrases.BroadcastUndeliveredHeaders.TryGetValue(column, out var phrase) ? Say(phrase) : column;

    public string UndeliveredReasonName(UndeliveredReason reason) => Say(reason switch
    {
        UndeliveredReason.BlockedBefore => Phrases.UndeliveredBlockedBefore,
        UndeliveredReason.Blocked => Phrases.UndeliveredBlocked,
        UndeliveredReason.Withdrawn => Phrases.UndeliveredWithdrawn,
        _ => Phrases.UndeliveredFailed,
    });

    public string FormerMember => Say(Phrases.FormerMember);

    private string RecipientLine(UndeliveredLine line) =>
        (line.Member is { } member ? E(member.Name) : FormerMember)
        + (line.Unit is { } unit ? $" — {Code(unit.Code)} {E(unit.Name)}" : "");

    internal static partial class Phrases
    {
        public static readonly Phrase BroadcastNumbered = new("number year");
        public static readonly Phrase BroadcastDated = new("date time");
        public static readonly Phrase BroadcastUnservedMembers = new("count");
        public static readonly Phrase BroadcastUnservedHeads = new("count");
        public static readonly Phrase MoreUnits = new("count");
        public static readonly Phrase AcknowledgedButton = new("time");
        public static readonly Phrase AcknowledgedOn = new("time date");
        public static readonly Phrase BroadcastUndeliveredButton = new("count");
        public static readonly Phrase BroadcastUndeliveredTitle = new("count name");
        public static readonly Phrase BroadcastUndeliveredReason = new("reason count");
        public static readonly Phrase BroadcastUndeliveredBlockedHint = new();
        public static readonly Phrase BroadcastUndeliveredFailedHint = new();
        public static readonly Phrase BroadcastUndeliveredCaption = new("count name");
        public static readonly Phrase BroadcastUndeliveredFileName = new();
        public static readonly Phrase UndeliveredBlockedBefore = new();
        public static readonly Phrase UndeliveredBlocked = new();
        public static readonly Phrase UndeliveredFailed = new();
        public static readonly Phrase UndeliveredWithdrawn = new();
        public static readonly Phrase FormerMember = new();
        public static readonly Phrase UndeliveredHeaderName = new();
        public static readonly Phrase UndeliveredHeaderUnit = new();
        public static readonly Phrase UndeliveredHeaderUnitName = new();
        public static readonly Phrase UndeliveredHeaderReason = new();

        public static readonly IReadOnlyDictionary<string, Phrase> BroadcastUndeliveredHeaders = new Dictionary<string, Phrase>
        {
            ["name"] = UndeliveredHeaderName,
            ["unit"] = UndeliveredHeaderUnit,
            ["unitName"] = UndeliveredHeaderUnitName,
            ["reason"] = UndeliveredHeaderReason,
        };
    }
}
