using Par.Core.Broadcasts;
using Par.Core.Members;
using static Par.Bot.Telegram.Html;

namespace Par.Bot.Texts;

public sealed partial class EnTexts
{
    public string BroadcastUsage =>
        "Usage:\n/broadcast — write and send an announcement to units\n/broadcast status — recent announcements: how many received and acknowledged them";
    public string BroadcastAskContent =>
        "📢 <b>New announcement</b>\nSend the text of the announcement. Bold, italics, links… are kept, and you may attach <b>one</b> photo or file (put the text in its caption).\nType /cancel to stop.";
    public string BroadcastContentMissing => "The announcement has no content. Send a text, or one photo or file with a caption. Type /cancel to stop.";
    public string BroadcastTooLong(int limit) => $"The announcement is too long (at most {limit} characters, formatting included). Shorten it and send it again. Nothing was sent.";
    public string BroadcastUseButtons => "Please choose with the buttons of the message above, or type /cancel to stop.";

    public string BroadcastChooseAudience => "Which units should receive the announcement?";
    public string BroadcastEveryoneButton => "All units";
    public string BroadcastGroupButton(string group) => $"Group {group}";
    public string BroadcastPickUnitsButton => "Choose units…";
    public string BroadcastUnitPicker(int selected) =>
        $"Tap a unit to select or deselect it (<b>{selected}</b> selected). You may also type unit codes separated by spaces. When done, tap «Continue».";
    public string BroadcastUnknownUnits(IReadOnlyList<string> codes) =>
        $"No such unit: {string.Join(", ", codes.Select(Code))}. The selection is unchanged.";
    public string BroadcastNoUnitChosen => "Select at least one unit.";
    public string BroadcastContinueButton => "Continue ›";
    public string BroadcastBackButton => "‹ Back";
    public string BroadcastPreviousPageButton => "‹ Previous";
    public string BroadcastNextPageButton => "Next ›";
    public string BroadcastChooseMembers(BroadcastAudience audience) =>
        $"Recipients: {AudienceUnits(audience)}.\nSend to the heads of units only, or to every member?";
    public string BroadcastHeadsOnlyButton => "Heads only";
    public string BroadcastAllMembersButton => "All members";
    public string BroadcastAudienceChosen(BroadcastAudience audience) => $"Recipients: {AudienceUnits(audience)}, {AudienceMembers(audience)}.";

    public string BroadcastConfirm(BroadcastAudience audience, int recipients, int unreachable) =>
        $"☝️ Above is a preview of the announcement.\nIt will go to <b>{recipients}</b> people ({AudienceUnits(audience)}, {AudienceMembers(audience)})." +
        (unreachable > 0 ? $"\n{unreachable} people who blocked the bot will not receive it." : "") +
        "\nTap «Send» to send it, or «Cancel».";
    public string BroadcastNoRecipients(BroadcastAudience audience, int unreachable) =>
        $"Nobody to send to: {AudienceUnits(audience)} ({AudienceMembers(audience)}) have no reachable members" +
        (unreachable > 0 ? $"; {unreachable} blocked the bot" : "") + ". Choose the recipients again.";
    public string BroadcastSendButton(int recipients) => $"✅ Send to {recipients} people";
    public string BroadcastCancelButton => "Cancel";
    public string BroadcastChooseAgainButton => "Choose recipients again";
    public string BroadcastStarted(int recipients) => $"Sending to {recipients} people…";
    public string BroadcastCancelled => "Announcement cancelled. Nothing was sent.";
    public string BroadcastAlreadySent => "This announcement has already been sent.";

    public string BroadcastProgress(string id, BroadcastProgress progress) =>
        $"📤 Sending announcement #{E(id)}…\nSent {progress.Delivered}/{progress.Total}" +
        (progress.Blocked > 0 ? $", {progress.Blocked} blocked the bot" : "") +
        (progress.Failed > 0 ? $", {progress.Failed} failed" : "");
    public string BroadcastReport(Broadcast finished, TimeSpan took) =>
        $"✅ <b>Announcement #{E(finished.Id)} sent</b>\n" +
        $"Delivered: {finished.Delivered}/{finished.Recipients}\n" +
        $"Blocked the bot: {finished.Blocked}\n" +
        $"Failed: {finished.Failed}\n" +
        (finished.Skipped > 0 ? $"Skipped (blocked the bot earlier): {finished.Skipped}\n" : "") +
        $"Time taken: {BroadcastDuration(took)}";
    public string BroadcastUnacknowledgedButton => "Who has not acknowledged?";

    public string AcknowledgeButton => "✅ Received";
    public string Acknowledged(AcknowledgeOutcome outcome) => outcome switch
    {
        AcknowledgeOutcome.Recorded => "Recorded that you received the announcement. Thank you!",
        AcknowledgeOutcome.AlreadyRecorded => "You have already acknowledged this announcement (already recorded).",
        _ => "This announcement was not sent to you (it may be a preview).",
    };

    public string BroadcastStatus(IReadOnlyList<BroadcastStatusLine> lines) =>
        lines.Count == 0
            ? "No announcements yet. Type /broadcast to write one."
            : "<b>Recent announcements</b>\n" + string.Join("\n", lines.Select(line =>
                $"#{E(line.Broadcast.Id)} · {line.CreatedLocal:dd/MM HH:mm} · «{E(line.Broadcast.Summary)}»\n" +
                $"    delivered {line.Progress.Delivered}/{line.Progress.Total}, acknowledged {line.Acknowledged}" +
                (line.Progress.Blocked > 0 ? $", blocked {line.Progress.Blocked}" : "") +
                (line.Progress.Failed > 0 ? $", failed {line.Progress.Failed}" : "") +
                (line.Broadcast.FinishedUtc is null ? " (sending)" : "")));
    public string BroadcastStatusButton(string id) => $"Not acknowledged #{id}";
    public string BroadcastUnacknowledged(Broadcast broadcast, IReadOnlyList<Member> pending) =>
        pending.Count == 0
            ? $"Everyone who received announcement #{E(broadcast.Id)} has acknowledged it."
            : $"<b>{pending.Count} people have not acknowledged announcement #{E(broadcast.Id)}</b> («{E(broadcast.Summary)}»):\n" +
              string.Join("\n", pending.Select(m => $"• {E(m.Name)}" + (m.UnitCode is { } unit ? $" — {Code(unit)}" : "")));
    public string BroadcastRemindButton(int count) => $"🔔 Remind {count} people";
    public string BroadcastReminder(string summary) =>
        $"🔔 <b>Reminder:</b> you have not acknowledged the announcement «{E(summary)}». Please read it above and tap «Received».";
    public string BroadcastReminded(int count) =>
        count > 0 ? $"A reminder is on its way to {count} people." : "This reminder was already sent; not sending it again.";

    private static string AudienceUnits(BroadcastAudience audience) => audience.Scope switch
    {
        AudienceScope.All => "all units",
        AudienceScope.Group => $"the units of group {Code(audience.Group)}",
        _ => $"{audience.Units.Count} units ({string.Join(", ", audience.Units.Take(5).Select(E))}{(audience.Units.Count > 5 ? ", …" : "")})",
    };

    private static string AudienceMembers(BroadcastAudience audience) => audience.HeadsOnly ? "heads only" : "all members";

    private static string BroadcastDuration(TimeSpan took) => took.TotalSeconds switch
    {
        < 60 => $"{Math.Max(1, (int)Math.Round(took.TotalSeconds))} s",
        < 3600 => $"{(int)took.TotalMinutes} min {took.Seconds} s",
        _ => $"{(int)took.TotalHours} h {took.Minutes} min",
    };
}
