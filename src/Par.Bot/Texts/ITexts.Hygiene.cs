using Par.Core.Invites;

namespace Par.Bot.Texts;

/// <summary>Answers that say why nothing happened: too many invite guesses, another unit's list, a draft kept.</summary>
public partial interface ITexts
{
    /// <summary>
    /// A code not looked at: the user (<see cref="RedeemOutcome.TooManyAttempts"/>) or everyone
    /// (<see cref="RedeemOutcome.RedemptionsPaused"/>) tried too many bad codes; try again after <paramref name="wait"/>.
    /// </summary>
    string RedeemWait(RedeemOutcome outcome, TimeSpan wait);

    /// <summary>A member asked for <paramref name="asked"/>'s overdue list; they see only their own unit's.</summary>
    string OverdueOwnUnitOnly(string asked, string ownCode, string ownName);

    /// <summary>Under a broadcast's preview: until when the draft waits, other commands notwithstanding.</summary>
    string BroadcastDraftKept(DateTimeOffset expiresLocal);

    /// <summary>A new /broadcast replaced an unsent draft, named by its first words.</summary>
    string BroadcastDraftReplaced(string summary);

    /// <summary>Send pressed on a draft that was cancelled, replaced or older than <paramref name="lifetime"/>.</summary>
    string BroadcastDraftGone(TimeSpan lifetime);
}
