using Par.Bot.Handlers.Routing;
using Par.Bot.Hosting;
using Par.Core.Access;
using Par.Core.Conversations;
using Par.Core.Outbox;
using Par.Core.Periods;

namespace Par.Bot.Handlers.Portal;

/// <summary>
/// Portal files sent without a period wait here while the admin picks one (a button or a typed period); more files
/// sent meanwhile join them. The files are kept by Telegram file id and downloaded when the period is known.
/// </summary>
public sealed class PortalPeriodFlow(IConversationStore conversations, PortalImportRun run, ProvinceClock clock) : IFlow, ICallbackHandler
{
    private const string FilesKey = "files";

    public string Name => "portal";

    public string Prefix => "pp";

    public Permission Permission => Permission.ImportPortal;

    /// <summary>Stores the files as waiting and asks for their period.</summary>
    public void Ask(BotContext context, IReadOnlyList<IncomingDocument> documents)
    {
        var waiting = (conversations.Find(context.UserId) is { Flow: var flow } existing && flow == Name ? Files(existing) : []).Concat(documents).ToList();
        conversations.Save(new Conversation
        {
            UserId = context.UserId,
            Flow = Name,
            Data = new Dictionary<string, string> { [FilesKey] = string.Join('\n', waiting.Select(file => $"{file.FileId}\t{file.FileName}")) },
            UpdatedUtc = clock.UtcNow.UtcDateTime,
        });
        var lastMonth = Period.LastClosedMonth(clock.Today());
        Period[] choices = [lastMonth, lastMonth.Previous(), Period.QuarterOf(clock.Today()).Previous()];
        context.Reply(context.T.PortalAskPeriod(waiting.Count), [[.. choices.Select(period => new Button(context.T.PortalPeriodButton(period), $"{Prefix}:{period}"))]]);
    }

    public Task OnTextAsync(BotContext context, Conversation conversation, CancellationToken cancellationToken)
    {
        var period = PortalImportRun.PeriodIn(context.Text);
        if (context.Document is { } document && PortalImportRun.IsPortalFile(document))
        {
            if (period is null)
            {
                Ask(context, [document]);
                return Task.CompletedTask;
            }

            return ImportAsync(context, conversation, period, [document], cancellationToken);
        }

        if (period is null)
        {
            Ask(context, []);
            return Task.CompletedTask;
        }

        return ImportAsync(context, conversation, period, [], cancellationToken);
    }

    public Task HandleAsync(BotContext context, string payload, CancellationToken cancellationToken)
    {
        if (conversations.Find(context.UserId) is not { } conversation || conversation.Flow != Name || !Period.TryParse(payload, out var period))
        {
            context.CallbackAnswer = context.T.ButtonExpired;
            return Task.CompletedTask;
        }

        return ImportAsync(context, conversation, period, [], cancellationToken);
    }

    private Task ImportAsync(BotContext context, Conversation conversation, Period period, IReadOnlyList<IncomingDocument> more, CancellationToken cancellationToken)
    {
        conversations.Clear(context.UserId);
        return run.ImportAsync(context, period, [.. Files(conversation), .. more], cancellationToken);
    }

    private static IEnumerable<IncomingDocument> Files(Conversation conversation) =>
        conversation.Data.GetValueOrDefault(FilesKey, "").Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('\t', 2))
            .Select(parts => new IncomingDocument(parts[0], parts.Length > 1 ? parts[1] : "file.json", null));
}
