using Microsoft.Extensions.Options;
using Par.Bot.Handlers.Routing;
using Par.Bot.Telegram;
using Par.Core.Outbox;
using Par.Core.Periods;
using Par.Core.Portal;

namespace Par.Bot.Handlers.Portal;

/// <summary>Downloads the portal files an admin sent, imports them for a period and answers with the outcome of each.</summary>
public sealed class PortalImportRun(TelegramFiles files, PortalImportService import, IOptions<PortalOptions> options)
{
    public const string CreateButtonData = PortalCreateButton.Prefix + ":all";

    /// <summary>The portal answers in JSON; several answers come as one ZIP. A spreadsheet is never one of them.</summary>
    public static bool IsPortalFile(IncomingDocument document) =>
        document.FileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || document.FileName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);

    /// <summary>The period named somewhere in a caption ("Cổng DVC tháng 10/2026"), or null.</summary>
    public static Period? PeriodIn(string text)
    {
        var tokens = CommandLine.Tokens(text);
        for (var start = 0; start < tokens.Count; start++)
        {
            var count = PeriodWords.Count(tokens, start);
            if (count > 0 && Period.TryParse(string.Join(' ', tokens.Skip(start).Take(count)), out var period))
            {
                return period;
            }
        }

        return Period.TryParse(text.Trim(), out var whole) ? whole : null;
    }

    public async Task ImportAsync(BotContext context, Period period, IReadOnlyList<IncomingDocument> documents, CancellationToken cancellationToken)
    {
        var sources = new List<PortalSource>();
        foreach (var document in documents)
        {
            using var content = document.Size > files.MaxBytes ? null : await files.DownloadAsync(document.FileId, cancellationToken);
            if (content is null)
            {
                context.Reply(context.T.FileTooLarge(files.MaxBytes));
                return;
            }

            sources.AddRange(PortalArchive.Open(document.FileName, content.ToArray(), options.Value.MaxResponseBytes));
        }

        if (sources.Count == 0)
        {
            context.Reply(context.T.PortalEmptyArchive);
            return;
        }

        var result = import.Import(period, sources, context.UserId);
        var creatable = result.Unlinked.Count(unit => unit.Code is not null);
        context.Reply(context.T.PortalImported(result), creatable == 0 ? null : [[new Button(context.T.PortalCreateButton(creatable), CreateButtonData)]]);
    }
}
