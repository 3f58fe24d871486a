using Par.Core.Broadcasts;
using Par.Core.Members;
using Par.Core.Units;

namespace Par.Bot.Texts;

/// <summary>Composing, sending, tracking and acknowledging announcements. Button labels are plain text; the rest is HTML.</summary>
public partial interface ITexts
{
    string BroadcastUsage { get; }
    string BroadcastAskContent { get; }
    string BroadcastContentMissing { get; }
    string BroadcastTooLong(int limit);
    string BroadcastUseButtons { get; }

    string BroadcastChooseAudience { get; }
    string BroadcastEveryoneButton { get; }
    string BroadcastGroupButton(UnitGroup group);
    string BroadcastPickUnitsButton { get; }
    string BroadcastUnitPicker(int selected);
    string BroadcastUnknownUnits(IReadOnlyList<string> codes);
    string BroadcastNoUnitChosen { get; }
    string BroadcastContinueButton { get; }
    string BroadcastBackButton { get; }
    string BroadcastPreviousPageButton { get; }
    string BroadcastNextPageButton { get; }
    string BroadcastChooseMembers(BroadcastAudience audience, UnitGroups groups);
    string BroadcastHeadsOnlyButton { get; }
    string BroadcastAllMembersButton { get; }
    string BroadcastAudienceChosen(BroadcastAudience audience, UnitGroups groups);

    string BroadcastConfirm(BroadcastAudience audience, UnitGroups groups, RecipientPlan plan);
    string BroadcastNoRecipients(BroadcastAudience audience, UnitGroups groups, int unreachable);
    string BroadcastSendButton(int recipients);
    string BroadcastCancelButton { get; }
    string BroadcastChooseAgainButton { get; }
    string BroadcastStarted(int recipients);
    string BroadcastCancelled { get; }
    string BroadcastAlreadySent { get; }

    /// <param name="name">From <see cref="BroadcastName"/>, as in the other broadcast texts.</param>
    string BroadcastProgress(string name, BroadcastProgress progress);
    string BroadcastReport(string name, Broadcast finished, TimeSpan took);
    string BroadcastStopButton { get; }
    string BroadcastStopConfirm(string name, BroadcastProgress progress);
    string BroadcastStopYesButton { get; }
    string BroadcastKeepButton { get; }
    string BroadcastKept(string name);
    string BroadcastStopped(string name, int withdrawn);
    string BroadcastNotSending(string name);
    string BroadcastUnacknowledgedButton { get; }

    string AcknowledgeButton { get; }
    string Acknowledged(AcknowledgeOutcome outcome);

    string BroadcastStatus(IReadOnlyList<BroadcastStatusLine> lines);
    string BroadcastStatusButton(string name);
    string BroadcastUnacknowledged(string name, Broadcast broadcast, IReadOnlyList<Member> pending);
    string BroadcastRemindButton(int count);
    string BroadcastReminder(string summary);
    string BroadcastReminded(int count);
}
