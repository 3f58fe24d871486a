using Par.Core.Broadcasts;
using Par.Core.Members;
using Par.Core.Units;
using static Par.Bot.Telegram.Html;

namespace Par.Bot.Texts;

public sealed partial class Texts
{
    public string BroadcastUsage => Say(Phrases.BroadcastUsage);
    public string BroadcastAskContent => Say(Phrases.BroadcastAskContent);
    public string BroadcastContentMissing => Say(Phrases.BroadcastContentMissing);
    public string BroadcastTooLong(int limit) => Say(Phrases.BroadcastTooLong, limit);
    public string BroadcastUseButtons => Say(Phrases.BroadcastUseButtons);

    public string BroadcastChooseAudience => Say(Phrases.BroadcastChooseAudience);
    public string BroadcastEveryoneButton => Say(Phrases.BroadcastEveryoneButton);
    public string BroadcastGroupButton(UnitGroup group) => Say(Phrases.BroadcastGroupButton, GroupName(group));
    public string BroadcastPickUnitsButton => Say(Phrases.BroadcastPickUnitsButton);
    public string BroadcastUnitPicker(int selected) => Say(Phrases.BroadcastUnitPicker, selected);
    public string BroadcastUnknownUnits(IReadOnlyList<string> codes) => Say(Phrases.BroadcastUnknownUnits, CodeList(codes));
    public string BroadcastNoUnitChosen => Say(Phrases.BroadcastNoUnitChosen);
    public string BroadcastContinueButton => Say(Phrases.BroadcastContinueButton);
    public string BroadcastBackButton => Say(Phrases.BroadcastBackButton);
    public string BroadcastPreviousPageButton => Say(Phrases.BroadcastPreviousPageButton);
    public string BroadcastNextPageButton => Say(Phrases.BroadcastNextPageButton);
    public string BroadcastChooseMembers(BroadcastAudience audience, UnitGroups groups) => Say(Phrases.BroadcastChooseMembers, AudienceUnits(audience, groups));
    public string BroadcastHeadsOnlyButton => Say(Phrases.BroadcastHeadsOnlyButton);
    public string BroadcastAllMembersButton => Say(Phrases.BroadcastAllMembersButton);
    public string BroadcastAudienceChosen(BroadcastAudience audience, UnitGroups groups) =>
        Say(Phrases.BroadcastAudienceChosen, AudienceUnits(audience, groups), AudienceMembers(audience));

    public string BroadcastConfirm(BroadcastAudience audience, UnitGroups groups, RecipientPlan plan) =>
        Say(Phrases.BroadcastConfirm, plan.Recipients.Count, AudienceUnits(audience, groups), AudienceMembers(audience))
        + (plan.Unreachable.Count > 0 ? "\n" + Say(Phrases.BroadcastConfirmUnreachable, plan.Unreachable.Count) : "")
        + (plan.Unserved.Count > 0 ? "\n" + BroadcastUnserved(plan.Unserved, audience.HeadsOnly) : "")
        + "\n" + Say(Phrases.BroadcastConfirmHint);
    public string BroadcastNoRecipients(BroadcastAudience audience, UnitGroups groups, int unreachable) => Say(
        Phrases.BroadcastNoRecipients, AudienceUnits(audience, groups), AudienceMembers(audience),
        unreachable > 0 ? Say(Phrases.BroadcastNoRecipientsBlocked, unreachable) : "");
    public string BroadcastSendButton(int recipients) => Say(Phrases.BroadcastSendButton, recipients);
    public string BroadcastCancelButton => Say(Phrases.BroadcastCancelButton);
    public string BroadcastChooseAgainButton => Say(Phrases.BroadcastChooseAgainButton);
    public string BroadcastStarted(int recipients) => Say(Phrases.BroadcastStarted, recipients);
    public string BroadcastCancelled => Say(Phrases.BroadcastCancelled);
    public string BroadcastAlreadySent => Say(Phrases.BroadcastAlreadySent);

    public string BroadcastProgress(string name, BroadcastProgress progress) =>
        Say(Phrases.BroadcastProgress, name, progress.Delivered, progress.Total)
        + (progress.Blocked > 0 ? Say(Phrases.BroadcastProgressBlocked, progress.Blocked) : "")
        + (progress.Failed > 0 ? Say(Phrases.BroadcastProgressFailed, progress.Failed) : "");
    public string BroadcastReport(string name, Broadcast finished, TimeSpan took) =>
        (finished.StoppedUtc is null
            ? Say(Phrases.BroadcastReport, name, finished.Delivered, finished.Recipients, finished.Blocked, finished.Failed)
            : Say(Phrases.BroadcastReportStopped, name, finished.Delivered, finished.Recipients, finished.Withdrawn, finished.Blocked, finished.Failed)) + "\n"
        + (finished.Skipped > 0 ? Say(Phrases.BroadcastReportSkipped, finished.Skipped) + "\n" : "")
        + Say(Phrases.BroadcastReportTook, BroadcastDuration(took));
    public string BroadcastStopButton => Say(Phrases.BroadcastStopButton);
    public string BroadcastStopConfirm(string name, BroadcastProgress progress) =>
        Say(Phrases.BroadcastStopConfirm, name, progress.Delivered, progress.Total, progress.Pending);
    public string BroadcastStopYesButton => Say(Phrases.BroadcastStopYesButton);
    public string BroadcastKeepButton => Say(Phrases.BroadcastKeepButton);
    public string BroadcastKept(string name) => Say(Phrases.BroadcastKept, name);
    public string BroadcastStopped(string name, int withdrawn) => Say(Phrases.BroadcastStopped, name, withdrawn);
    public string BroadcastNotSending(string name) => Say(Phrases.BroadcastNotSending, name);
    public string BroadcastUnacknowledgedButton => Say(Phrases.BroadcastUnacknowledgedButton);

    public string AcknowledgeButton => Say(Phrases.AcknowledgeButton);
    public string Acknowledged(AcknowledgeOutcome outcome) => Say(outcome switch
    {
        AcknowledgeOutcome.Recorded => Phrases.AcknowledgeRecorded,
        AcknowledgeOutcome.AlreadyRecorded => Phrases.AcknowledgeAlreadyRecorded,
        _ => Phrases.AcknowledgeNotSentToYou,
    });

    public string BroadcastStatus(IReadOnlyList<BroadcastStatusLine> lines) =>
        lines.Count == 0
            ? Say(Phrases.BroadcastStatusNone)
            : Say(Phrases.BroadcastStatusTitle) + "\n" + string.Join("\n", lines.Select(line =>
                $"{line.CreatedLocal.ToString("dd/MM HH:mm", System.Globalization.CultureInfo.InvariantCulture)} · "
                + (line.Broadcast.Number is null ? "" : BroadcastName(line.Broadcast, line.CreatedLocal) + " · ")
                + $"“{E(line.Broadcast.Summary)}”\n" +
                "    " + Say(Phrases.BroadcastStatusCounts, line.Progress.Delivered, line.Progress.Total, line.Acknowledged) +
                (line.Progress.Blocked > 0 ? Say(Phrases.BroadcastStatusBlocked, line.Progress.Blocked) : "") +
                (line.Progress.Failed > 0 ? Say(Phrases.BroadcastStatusFailed, line.Progress.Failed) : "") +
                (line.Broadcast.FinishedUtc is null ? Say(Phrases.BroadcastStatusSending) : "")));
    public string BroadcastStatusButton(string name) => Say(Phrases.BroadcastStatusButton, name);
    public string BroadcastUnacknowledged(string name, Broadcast broadcast, IReadOnlyList<Member> pending) =>
        pending.Count == 0
            ? Say(Phrases.BroadcastAllAcknowledged, name)
            : Say(Phrases.BroadcastUnacknowledged, pending.Count, name, E(broadcast.Summary)) + "\n" +
              string.Join("\n", pending.Select(m => $"• {E(m.Name)}" + (m.UnitCode is { } unit ? $" — {Code(unit)}" : "")));
    public string BroadcastRemindButton(int count) => Say(Phrases.BroadcastRemindButton, count);
    public string BroadcastReminder(string summary) => Say(Phrases.BroadcastReminder, E(summary));
    public string BroadcastReminded(int count) => count > 0 ? Say(Phrases.BroadcastReminded, count) : Say(Phrases.BroadcastAlreadyReminded);

    private string AudienceUnits(BroadcastAudience audience, UnitGroups groups) => audience.Scope switch
    {
        AudienceScope.All => Say(Phrases.AudienceAllUnits),
        AudienceScope.Group => Say(Phrases.AudienceGroup, GroupHtml(groups.Of(audience.Group ?? ""))),
        _ => Say(
            Phrases.AudienceUnits,
            audience.Units.Count,
            string.Join(", ", audience.Units.Take(5).Select(E)) + (audience.Units.Count > 5 ? ", …" : "")),
    };

    private string AudienceMembers(BroadcastAudience audience) => Say(audience.HeadsOnly ? Phrases.AudienceHeadsOnly : Phrases.AudienceAllMembers);

    private string BroadcastDuration(TimeSpan took) => took.TotalSeconds switch
    {
        < 60 => Say(Phrases.DurationSeconds, Math.Max(1, (int)Math.Round(took.TotalSeconds))),
        < 3600 => Say(Phrases.DurationMinutes, (int)took.TotalMinutes, took.Seconds),
        _ => Say(Phrases.DurationHours, (int)took.TotalHours, took.Minutes),
    };

    internal static partial class Phrases
    {
        public static readonly Phrase BroadcastUsage = new();
        public static readonly Phrase BroadcastAskContent = new();
        public static readonly Phrase BroadcastContentMissing = new();
        public static readonly Phrase BroadcastTooLong = new("limit");
        public static readonly Phrase BroadcastUseButtons = new();
        public static readonly Phrase BroadcastChooseAudience = new();
        public static readonly Phrase BroadcastEveryoneButton = new();
        public static readonly Phrase BroadcastGroupButton = new("group");
        public static readonly Phrase BroadcastPickUnitsButton = new();
        public static readonly Phrase BroadcastUnitPicker = new("selected");
        public static readonly Phrase BroadcastUnknownUnits = new("codes");
        public static readonly Phrase BroadcastNoUnitChosen = new();
        public static readonly Phrase BroadcastContinueButton = new();
        public static readonly Phrase BroadcastBackButton = new();
        public static readonly Phrase BroadcastPreviousPageButton = new();
        public static readonly Phrase BroadcastNextPageButton = new();
        public static readonly Phrase BroadcastChooseMembers = new("units");
        public static readonly Phrase BroadcastHeadsOnlyButton = new();
        public static readonly Phrase BroadcastAllMembersButton = new();
        public static readonly Phrase BroadcastAudienceChosen = new("units members");
        public static readonly Phrase BroadcastConfirm = new("recipients units members");
        public static readonly Phrase BroadcastConfirmUnreachable = new("count", count: "count");
        public static readonly Phrase BroadcastConfirmHint = new();
        public static readonly Phrase BroadcastNoRecipients = new("units members blocked");
        public static readonly Phrase BroadcastNoRecipientsBlocked = new("count");
        public static readonly Phrase BroadcastSendButton = new("recipients");
        public static readonly Phrase BroadcastCancelButton = new();
        public static readonly Phrase BroadcastChooseAgainButton = new();
        public static readonly Phrase BroadcastStarted = new("recipients");
        public static readonly Phrase BroadcastCancelled = new();
        public static readonly Phrase BroadcastAlreadySent = new();
        public static readonly Phrase BroadcastProgress = new("name delivered total");
        public static readonly Phrase BroadcastProgressBlocked = new("count");
        public static readonly Phrase BroadcastProgressFailed = new("count");
        public static readonly Phrase BroadcastReport = new("name delivered recipients blocked failed");
        public static readonly Phrase BroadcastReportSkipped = new("count");
        public static readonly Phrase BroadcastReportTook = new("duration");
        public static readonly Phrase BroadcastReportStopped = new("name delivered recipients withdrawn blocked failed");
        public static readonly Phrase BroadcastStopButton = new();
        public static readonly Phrase BroadcastStopConfirm = new("name delivered total pending");
        public static readonly Phrase BroadcastStopYesButton = new();
        public static readonly Phrase BroadcastKeepButton = new();
        public static readonly Phrase BroadcastKept = new("name");
        public static readonly Phrase BroadcastStopped = new("name withdrawn");
        public static readonly Phrase BroadcastNotSending = new("name");
        public static readonly Phrase BroadcastUnacknowledgedButton = new();
        public static readonly Phrase AcknowledgeButton = new();
        public static readonly Phrase AcknowledgeRecorded = new();
        public static readonly Phrase AcknowledgeAlreadyRecorded = new();
        public static readonly Phrase AcknowledgeNotSentToYou = new();
        public static readonly Phrase BroadcastStatusNone = new();
        public static readonly Phrase BroadcastStatusTitle = new();
        public static readonly Phrase BroadcastStatusCounts = new("delivered total acknowledged");
        public static readonly Phrase BroadcastStatusBlocked = new("count");
        public static readonly Phrase BroadcastStatusFailed = new("count");
        public static readonly Phrase BroadcastStatusSending = new();
        public static readonly Phrase BroadcastStatusButton = new("name");
        public static readonly Phrase BroadcastAllAcknowledged = new("name");
        public static readonly Phrase BroadcastUnacknowledged = new("count name summary", count: "count");
        public static readonly Phrase BroadcastRemindButton = new("count", count: "count");
        public static readonly Phrase BroadcastReminder = new("summary");
        public static readonly Phrase BroadcastReminded = new("count", count: "count");
        public static readonly Phrase BroadcastAlreadyReminded = new();
        public static readonly Phrase AudienceAllUnits = new();
        public static readonly Phrase AudienceGroup = new("group");
        public static readonly Phrase AudienceUnits = new("count units", count: "count");
        public static readonly Phrase AudienceHeadsOnly = new();
        public static readonly Phrase AudienceAllMembers = new();
        public static readonly Phrase DurationSeconds = new("seconds");
        public static readonly Phrase DurationMinutes = new("minutes seconds");
        public static readonly Phrase DurationHours = new("hours minutes");
    }
}
