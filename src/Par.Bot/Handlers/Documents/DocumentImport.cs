using Par.Bot.Handlers.Routing;
using Par.Bot.Telegram;
using Par.Bot.Texts;
using Par.Bot.Work;
using Par.Core.Access;
using Par.Core.Tabular;
using Par.Core.Work;

namespace Par.Bot.Handlers.Documents;

/// <summary>
/// The background half of a file <see cref="DocumentHandler"/> queued: download it, read it, recognise its kind by the
/// header row, import it. The importer's writes, the answer and the end of the item are one transaction, so a file is
/// imported and answered once, or (cut short by a crash) neither, and then read again from Telegram's copy.
/// </summary>
public sealed class DocumentImport(TelegramFiles files, IEnumerable<IDocumentImporter> importers, IWorkStore work, WorkContexts contexts)
    : IBackgroundWork
{
    /// <summary>
    /// How long after it was sent a file is still fetched through a Telegram outage. Telegram keeps the file; after an
    /// hour the sender has likely moved on, and is told to send it again.
    /// </summary>
    public static readonly TimeSpan DownloadPatience = TimeSpan.FromHours(1);

    public WorkKind Kind => WorkKind.Import;

    public string? Finished(ITexts t, WorkItem item) => t.ImportFinished(item.FileName);

    public string Interrupted(ITexts t, WorkItem item) => t.ImportInterrupted(item.FileName);

    public string Failed(ITexts t, WorkItem item) => t.ImportFailed(item.FileName);

    public async Task RunAsync(WorkItem item, ProgressMessage progress, CancellationToken cancellationToken)
    {
        var giveUpAt = new DateTimeOffset(item.QueuedUtc) + DownloadPatience;
        var content = await files.DownloadPatientlyAsync(item.FileId, giveUpAt, cancellationToken);
        // Counted only now: a stop while downloading has done nothing, reading and storing may be what stopped the process.
        work.Begin(item.Id);
        await WorkThread.Run(() => Import(contexts.Of(item), item, content, progress));
    }

    private void Import(BotContext context, WorkItem item, MemoryStream? content, ProgressMessage progress)
    {
        Table? table;
        using (content)
            table = content is null ? TooLarge(context) : Read(context, content, item.FileName);
        var importer = table is null ? null : Choose(context, table);
        if (importer is not null)
            progress.Show(context.T.ImportRunning(item.FileName, table!.Rows.Count));
        work.Complete(item.Id, () =>
        {
            importer?.Import(context, table!);
            return context.Replies;
        });
    }

    private Table? TooLarge(BotContext context)
    {
        context.Reply(context.T.FileTooLarge(files.MaxBytes));
        return null;
    }

    /// <summary>The file as a table, or null after telling the user why it cannot be read.</summary>
    private Table? Read(BotContext context, MemoryStream content, string fileName)
    {
        var result = TableReader.Read(content, fileName, new TableReadLimits(files.MaxBytes));
        if (!result.Succeeded)
            context.Reply(context.T.FileUnreadable(result.Error));
        return result.Table;
    }

    /// <summary>The importer of the file's kind, or null after telling the user it is unknown or not theirs to import.</summary>
    private IDocumentImporter? Choose(BotContext context, Table table)
    {
        var importer = importers.FirstOrDefault(i => i.Recognizes(table));
        if (importer is null)
            context.Reply(context.T.FileUnknownKind(table.Headers));
        else if (!context.Can(importer.Permission))
            context.Reply(context.T.Refused(AccessPolicy.LeastRole(importer.Permission)));
        else
            return importer;
        return null;
    }
}
