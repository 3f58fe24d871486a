using Par.Bot.Handlers.Routing;
using Par.Core.Access;
using Par.Core.Broadcasts;
using Par.Core.Units;

namespace Par.Bot.Handlers.Broadcasts;

/// <summary>
/// Send or cancel a previewed draft, also after other commands. Sending is idempotent: the draft's id becomes the
/// broadcast's.
/// </summary>
public sealed class BroadcastConfirmButtons(BroadcastDrafts drafts, IBroadcastStore store, BroadcastLauncher launcher, UnitGroups groups)
    : ICallbackHandler
{
    public string Prefix => BroadcastCallbacks.ConfirmPrefix;
    public Permission Permission => Permission.Broadcast;

    public Task HandleAsync(BotContext context, string payload, CancellationToken cancellationToken)
    {
        if (payload == "cancel")
            Cancel(context);
        else if (payload.StartsWith("send:", StringComparison.Ordinal))
            Send(context, payload["send:".Length..]);
        else
            context.CallbackAnswer = context.T.ButtonExpired;
        return Task.CompletedTask;
    }

    private void Send(BotContext context, string draftId)
    {
        if (store.Find(draftId) is not null)
        {
            context.CallbackAnswer = context.T.BroadcastAlreadySent;
            return;
        }
        var draft = drafts.Find(context.UserId);
        if (draft is null || draft.Id != draftId || draft.Step != BroadcastStep.Confirm)
        {
            context.CallbackAnswer = context.T.BroadcastDraftGone(BroadcastDrafts.Lifetime);
            return;
        }
        var broadcast = launcher.Launch(new BroadcastRequest
        {
            Id = draft.Id,
            AdminChatId = context.ChatId,
            Html = draft.Html,
            Summary = draft.Summary,
            Attachment = draft.Attachment,
            Audience = draft.Audience,
            ProgressMessageId = context.Callback?.MessageId,
        });
        if (broadcast is null)
        {
            // Everyone it would have reached left or blocked the bot since the preview.
            context.EditPressed(context.T.BroadcastNoRecipients(draft.Audience, groups, 0), BroadcastKeyboards.ChooseAgain(context.T));
            return;
        }
        drafts.Clear(context.UserId);
        // The tracker edits this message with the progress from now on.
        context.CallbackAnswer = context.T.BroadcastStarted(broadcast.Recipients);
    }

    private void Cancel(BotContext context)
    {
        var active = drafts.Find(context.UserId) is not null;
        drafts.Clear(context.UserId);
        if (active)
            context.EditPressed(context.T.BroadcastCancelled);
        else
            context.CallbackAnswer = context.T.ButtonExpired;
    }
}
