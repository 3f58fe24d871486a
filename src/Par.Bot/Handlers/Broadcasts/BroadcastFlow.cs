using Par.Bot.Handlers.Routing;
using Par.Core.Conversations;
using Par.Core.Outbox;
using Par.Core.Text;
using Par.Core.Units;

namespace Par.Bot.Handlers.Broadcasts;

/// <summary>
/// What the admin types while composing: first the announcement (text, or one photo or file with a caption, formatting
/// kept), later unit codes for the unit picker. Everything else is chosen with BroadcastAudienceButtons.
/// </summary>
public sealed class BroadcastFlow(BroadcastDrafts drafts, IUnitStore units, UnitService unitService) : IFlow
{
    /// <summary>Telegram's limit on a caption (after formatting is parsed).</summary>
    public const int CaptionLimit = 1024;
    private const int SummaryLength = 60;

    public string Name => BroadcastDraft.Flow;

    public Task OnTextAsync(BotContext context, Conversation conversation, CancellationToken cancellationToken)
    {
        var draft = drafts.Find(context.UserId);
        if (draft?.Step == BroadcastStep.Content)
            ReceiveContent(context, draft);
        else if (draft?.Step == BroadcastStep.Units)
            ReceiveUnitCodes(context, draft);
        else
            context.Reply(context.T.BroadcastUseButtons);
        return Task.CompletedTask;
    }

    private void ReceiveContent(BotContext context, BroadcastDraft draft)
    {
        var attachment = context.Photo is { } photo
            ? new Attachment { Kind = AttachmentKind.Photo, FileId = photo.FileId, FileName = "photo.jpg" }
            : context.Document is { } document
                ? new Attachment { Kind = AttachmentKind.Document, FileId = document.FileId, FileName = document.FileName }
                : null;
        // Control and bidi characters go before anyone sees the text, the admin's preview included.
        var (text, html) = (UserText.Clean(context.Text), UserText.Clean(context.Html));
        if (attachment is null && text.Length == 0)
        {
            context.Reply(context.T.BroadcastContentMissing);
            return;
        }
        // One outbox row per recipient: a text the outbox would split in two is refused here instead.
        var limit = attachment is null ? MessageSplitter.TelegramLimit : CaptionLimit;
        if (MessageSplitter.PlainLength(html) > limit)
        {
            context.Reply(context.T.BroadcastTooLong(limit));
            return;
        }
        Save(context, draft with
        {
            Html = html,
            Summary = Summarize(text, attachment),
            Attachment = attachment,
            Step = BroadcastStep.Audience,
        });
        context.Reply(context.T.BroadcastChooseAudience, BroadcastKeyboards.Audience(context.T, unitService.Groups));
    }

    /// <summary>Typed codes select those units; one unknown code changes nothing.</summary>
    private void ReceiveUnitCodes(BotContext context, BroadcastDraft draft)
    {
        var active = units.List();
        var codes = context.Text.Split([' ', ',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(UnitCode.Normalize)
            .Distinct()
            .ToList();
        var unknown = codes.Where(code => !active.Any(u => u.Code == code)).ToList();
        if (codes.Count == 0 || unknown.Count > 0)
        {
            context.Reply(context.T.BroadcastUnknownUnits(unknown.Count > 0 ? unknown : [context.Text.Trim()]));
            return;
        }
        var selected = draft.Units.Union(codes).ToList();
        Save(context, draft with { Units = selected });
        context.Reply(context.T.BroadcastUnitPicker(selected.Count), BroadcastKeyboards.UnitPicker(context.T, active, selected, draft.Page));
    }

    private void Save(BotContext context, BroadcastDraft draft) => drafts.Save(context.UserId, draft);

    private static string Summarize(string text, Attachment? attachment)
    {
        var firstLine = text.Split('\n', 2)[0].Trim();
        if (firstLine.Length == 0)
            return attachment?.FileName ?? "";
        return firstLine.Length <= SummaryLength ? firstLine : firstLine[..(SummaryLength - 1)].TrimEnd() + "…";
    }
}
