using Par.Bot.Handlers.Routing;
using Par.Core.Outbox;
using Par.Core.Tasks;

namespace Par.Bot.Handlers.Tasks;

/// <summary>The file a message brought for a task, a document or a photo, kept by its Telegram file id: nothing is downloaded.</summary>
public static class ReceivedEvidence
{
    public static TaskEvidence? Evidence(this BotContext context) => context switch
    {
        { Document: { } document } => new TaskEvidence(document.FileId, document.FileName, AttachmentKind.Document),
        { Photo: { } photo } => new TaskEvidence(photo.FileId, "photo.jpg", AttachmentKind.Photo),
        _ => null,
    };
}
