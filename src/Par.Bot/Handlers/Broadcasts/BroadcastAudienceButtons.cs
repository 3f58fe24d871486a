using System.Globalization;
using Par.Bot.Handlers.Routing;
using Par.Core.Access;
using Par.Core.Broadcasts;
using Par.Bot.Hosting;
using Par.Core.Outbox;
using Par.Core.Units;

namespace Par.Bot.Handlers.Broadcasts;

/// <summary>
/// The audience buttons of a draft: everyone, a group, or units picked one by one (toggles, paged); then heads only
/// or all members; then a preview of the announcement and the confirmation with the recipient count.
/// </summary>
public sealed class BroadcastAudienceButtons(
    BroadcastDrafts drafts,
    IUnitStore units,
    UnitService unitService,
    BroadcastLauncher launcher,
    ProvinceClock clock) : ICallbackHandler
{
    public string Prefix => BroadcastCallbacks.AudiencePrefix;
    public Permission Permission => Permission.Broadcast;

    public Task HandleAsync(BotContext context, string payload, CancellationToken cancellationToken)
    {
        var draft = drafts.Find(context.UserId);
        if (draft is null || draft.Step == BroadcastStep.Content)
        {
            context.CallbackAnswer = context.T.ButtonExpired;
            return Task.CompletedTask;
        }
        var parts = payload.Split(':', 2);
        var value = parts.Length > 1 ? parts[1] : "";
        switch (parts[0])
        {
            case "all":
                AskMembers(context, draft with { Scope = AudienceScope.All, Group = null, Units = [] });
                break;
            case "g" when unitService.Groups.Find(value) is { } group:
                AskMembers(context, draft with { Scope = AudienceScope.Group, Group = group.Code, Units = [] });
                break;
            case "pick":
                ShowPicker(context, draft with { Scope = AudienceScope.Units, Group = null, Page = 0 });
                break;
            case "u" when units.Find(value) is { Archived: false } unit:
                ShowPicker(context, draft with { Units = Toggle(draft.Units, unit.Code) });
                break;
            case "p" when int.TryParse(value, CultureInfo.InvariantCulture, out var page):
                ShowPicker(context, draft with { Page = page });
                break;
            case "ok" when draft.Units.Count == 0:
                context.CallbackAnswer = context.T.BroadcastNoUnitChosen;
                break;
            case "ok":
                AskMembers(context, draft);
                break;
            case "heads" or "everyone" when draft.Step == BroadcastStep.Members:
                Preview(context, draft with { HeadsOnly = parts[0] == "heads" });
                break;
            case "back":
                Save(context, draft with { Step = BroadcastStep.Audience });
                context.EditPressed(context.T.BroadcastChooseAudience, BroadcastKeyboards.Audience(context.T, unitService.Groups));
                break;
            default:
                context.CallbackAnswer = context.T.ButtonExpired;
                break;
        }
        return Task.CompletedTask;
    }

    private void ShowPicker(BotContext context, BroadcastDraft draft)
    {
        var active = units.List();
        var pages = Math.Max(1, (active.Count + BroadcastKeyboards.UnitsPerPage - 1) / BroadcastKeyboards.UnitsPerPage);
        draft = Save(context, draft with { Step = BroadcastStep.Units, Page = Math.Clamp(draft.Page, 0, pages - 1) });
        context.EditPressed(context.T.BroadcastUnitPicker(draft.Units.Count), BroadcastKeyboards.UnitPicker(context.T, active, draft.Units.ToHashSet(), draft.Page));
    }

    private void AskMembers(BotContext context, BroadcastDraft draft)
    {
        draft = Save(context, draft with { Step = BroadcastStep.Members });
        context.EditPressed(context.T.BroadcastChooseMembers(draft.Audience, unitService.Groups), BroadcastKeyboards.Members(context.T));
    }

    /// <summary>The announcement exactly as recipients will see it, then the count and the send button.</summary>
    private void Preview(BotContext context, BroadcastDraft draft)
    {
        var plan = launcher.Plan(draft.Audience);
        if (plan.Recipients.Count == 0)
        {
            Save(context, draft with { Step = BroadcastStep.Members });
            context.EditPressed(context.T.BroadcastNoRecipients(draft.Audience, unitService.Groups, plan.Unreachable.Count), BroadcastKeyboards.ChooseAgain(context.T));
            return;
        }
        draft = Save(context, draft with { Step = BroadcastStep.Confirm });
        context.EditPressed(context.T.BroadcastAudienceChosen(draft.Audience, unitService.Groups));
        context.Send(new OutgoingMessage
        {
            ChatId = context.ChatId,
            Text = draft.Html,
            Attachment = draft.Attachment,
            Buttons = [[new Button(context.T.AcknowledgeButton, BroadcastCallbacks.Acknowledge(draft.Id))]],
        });
        context.Reply(
            context.T.BroadcastConfirm(draft.Audience, unitService.Groups, plan) + "\n" + context.T.BroadcastDraftKept(clock.ToLocal(drafts.ExpiresUtc())),
            BroadcastKeyboards.Confirm(context.T, draft.Id, plan.Recipients.Count));
    }

    private BroadcastDraft Save(BotContext context, BroadcastDraft draft) => drafts.Save(context.UserId, draft);

    private static IReadOnlyList<string> Toggle(IReadOnlyList<string> selected, string code) =>
        selected.Contains(code) ? [.. selected.Where(c => c != code)] : [.. selected, code];
}
