using Par.Core.Invites;
using static Par.Bot.Telegram.Html;

namespace Par.Bot.Texts;

public sealed partial class Texts
{
    /// <summary>Whole minutes, rounded up: "after 0 minutes" would invite a retry that is refused again.</summary>
    public string RedeemWait(RedeemOutcome outcome, TimeSpan wait) => Say(
        outcome == RedeemOutcome.RedemptionsPaused ? Phrases.InviteRedemptionsPaused : Phrases.InviteTooManyAttempts,
        Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes)));

    public string OverdueOwnUnitOnly(string asked, string ownCode, string ownName) =>
        Say(Phrases.OverdueOwnUnitOnly, Code(Short(asked)), Bold(ownName), Code(ownCode));

    public string BroadcastDraftKept(DateTimeOffset expiresLocal) => Say(Phrases.BroadcastDraftKept, When(expiresLocal));

    public string BroadcastDraftReplaced(string summary) => Say(Phrases.BroadcastDraftReplaced, Quote(Short(summary)));

    public string BroadcastDraftGone(TimeSpan lifetime) => Say(Phrases.BroadcastDraftGone, (int)lifetime.TotalHours);

    internal static partial class Phrases
    {
        public static readonly Phrase OverdueOwnUnitOnly = new("asked unit code");
        public static readonly Phrase InviteTooManyAttempts = new("minutes", count: "minutes");
        public static readonly Phrase InviteRedemptionsPaused = new("minutes", count: "minutes");
        public static readonly Phrase BroadcastDraftKept = new("until");
        public static readonly Phrase BroadcastDraftReplaced = new("summary");
        public static readonly Phrase BroadcastDraftGone = new("hours", count: "hours");
    }
}
