using Par.Bot.Handlers.Routing;
using Par.Bot.Telegram;
using Par.Core.Access;
using Par.Core.Tabular;

namespace Par.Bot.Handlers.Documents;

/// <summary>
/// A file sent outside any flow: a kind read whole (<see cref="IFileImporter"/>) goes to its importer; a spreadsheet
/// is read and its kind recognised by the header row.
/// </summary>
public sealed class DocumentHandler(TelegramFiles files, IEnumerable<IDocumentImporter> importers, IEnumerable<IFileImporter> fileImporters)
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
        var table = await ReadAsync(context, cancellationToken);
        if (table is null)
            return;
        var importer = importers.FirstOrDefault(i => i.Recognizes(table));
        if (importer is null)
            context.Reply(context.T.FileUnknownKind(table.Headers));
        else if (!context.Can(importer.Permission))
            context.Reply(context.T.Refused(AccessPolicy.LeastRole(importer.Permission)));
        else
            await importer.ImportAsync(context, table, cancellationToken);
    }

    /// <summary>The sent file as a table, or null after telling the user why it cannot be read.</summary>
    public async Task<Table?> ReadAsync(BotContext context, CancellationToken cancellationToken)
    {
        var document = context.Document!;
        if (document.Size > files.MaxBytes)
        {
            context.Reply(context.T.FileTooLarge(files.MaxBytes));
            return null;
        }
        using var content = await files.DownloadAsync(document.FileId, cancellationToken);
        if (content is null)
        {
            context.Reply(context.T.FileTooLarge(files.MaxBytes));
            return null;
        }
        var result = TableReader.Read(content, document.FileName, new TableReadLimits(files.MaxBytes));
        if (!result.Succeeded)
            context.Reply(context.T.FileUnreadable(result.Error));
        return result.Table;
    }
}
