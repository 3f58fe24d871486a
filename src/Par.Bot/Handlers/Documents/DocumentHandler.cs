using Par.Bot.Handlers.Routing;
using Par.Bot.Telegram;
using Par.Bot.Work;
using Par.Core.Access;
using Par.Core.Outbox;
using Par.Core.Work;

namespace Par.Bot.Handlers.Documents;

/// <summary>
/// A spreadsheet sent outside any flow. Only the cheap checks run here, before anything is downloaded: may the sender
/// import anything at all, and is the file within the size limit. The file is then queued for <see cref="DocumentImport"/>
/// in the background and acknowledged at once, so a big file never holds up the answers to other chats. A kind read
/// whole (<see cref="IFileImporter"/>: the portal's JSON or ZIP, small by nature) goes to its importer instead.
/// </summary>
public sealed class DocumentHandler(
    TelegramFiles files, IEnumerable<IDocumentImporter> importers, IEnumerable<IFileImporter> fileImporters, IWorkStore work, WorkRunner runner)
{
    public async Task HandleAsync(BotContext context, CancellationToken cancellationToken)
    {
        if (fileImporters.FirstOrDefault(i => i.Accepts(context.Document!)) is { } whole)
        {
            if (context.Can(whole.Permission))
                await whole.ImportAsync(context, cancellationToken);
            else
                context.Reply(context.T.Refused(AccessPolicy.LeastRole(whole.Permission)));
            return;
        }
        Queue(context);
    }

    private void Queue(BotContext context)
    {
        var document = context.Document!;
        if (!importers.Any(i => context.Can(i.Permission)))
        {
            context.Reply(context.T.Refused(importers.Min(i => AccessPolicy.LeastRole(i.Permission))));
            return;
        }
        if (document.Size > files.MaxBytes)
        {
            context.Reply(context.T.FileTooLarge(files.MaxBytes));
            return;
        }
        var item = WorkContexts.Item(context, WorkKind.Import) with { FileId = document.FileId, FileName = document.FileName };
        work.Queue(item, new OutgoingMessage { ChatId = context.ChatId, Text = context.T.ImportQueued(document.FileName) });
        runner.Wake();
    }
}
