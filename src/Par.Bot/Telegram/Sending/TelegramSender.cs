using System.Net;
using Par.Core.Outbox;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Extensions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace Par.Bot.Telegram.Sending;

/// <summary>Turns one outbox row into one Bot API call and classifies what Telegram answered.</summary>
public sealed class TelegramSender(ITelegramBotClient bot, ILogger<TelegramSender> logger)
{
    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };
    /// <summary>An API that answers unreadably does so for every message: one warning says so, the rest go to Debug.</summary>
    private int _unreadableWarned;

    public async Task<SendOutcome> SendAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        try
        {
            return new SendOutcome(SendResultKind.Sent, await CallAsync(entry, ParseMode.Html, cancellationToken));
        }
        catch (ApiRequestException e) when (e.ErrorCode == 400 && e.Message.Contains("can't parse entities", StringComparison.OrdinalIgnoreCase))
        {
            // Our texts are escaped, so this is a bug; better the user reads it without formatting than not at all.
            logger.LogError(e, "Telegram rejected the HTML of outbox message {Id}; sending it as plain text", entry.Id);
            return await SendPlainAsync(entry, cancellationToken);
        }
        catch (ApiRequestException e) when (e.ErrorCode == 400 && e.Message.Contains("message is not modified", StringComparison.OrdinalIgnoreCase))
        {
            return new SendOutcome(SendResultKind.Sent, entry.EditMessageId);
        }
        catch (Exception e)
        {
            return Classify(entry, e);
        }
    }

    private async Task<SendOutcome> SendPlainAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        try
        {
            var plain = entry with { Text = HtmlText.ToPlain(entry.Text) };
            return new SendOutcome(SendResultKind.Sent, await CallAsync(plain, ParseMode.None, cancellationToken));
        }
        catch (Exception e)
        {
            return Classify(entry, e);
        }
    }

    private async Task<int> CallAsync(OutboxEntry entry, ParseMode parseMode, CancellationToken cancellationToken)
    {
        var markup = Markup(entry.Buttons);
        // A photo's or file's text is its caption, which only editMessageCaption changes.
        if (entry is { EditMessageId: { } captioned, Attachment: not null })
            return (await bot.EditMessageCaption(entry.ChatId, captioned, entry.Text, parseMode, replyMarkup: markup, cancellationToken: cancellationToken)).MessageId;
        if (entry.EditMessageId is { } messageId)
            return (await bot.EditMessageText(entry.ChatId, messageId, entry.Text, parseMode, markup, NoPreview, cancellationToken: cancellationToken)).MessageId;
        if (entry.Attachment is { } attachment)
        {
            InputFile file = attachment.FileId is { } fileId
                ? InputFile.FromFileId(fileId)
                : InputFile.FromStream(new MemoryStream(attachment.Content ?? []), attachment.FileName);
            var sent = attachment.Kind == AttachmentKind.Photo
                ? await bot.SendPhoto(entry.ChatId, file, entry.Text, parseMode, replyMarkup: markup, cancellationToken: cancellationToken)
                : await bot.SendDocument(entry.ChatId, file, entry.Text, parseMode, replyMarkup: markup, cancellationToken: cancellationToken);
            return sent.MessageId;
        }
        return (await bot.SendMessage(entry.ChatId, entry.Text, parseMode, replyMarkup: markup, linkPreviewOptions: NoPreview, cancellationToken: cancellationToken)).MessageId;
    }

    private static InlineKeyboardMarkup? Markup(List<List<Button>> buttons) =>
        buttons.Count == 0
            ? null
            : new InlineKeyboardMarkup(buttons.Select(row => row.Select(b => b.Url is { } url
                ? InlineKeyboardButton.WithUrl(b.Text, url)
                : InlineKeyboardButton.WithCallbackData(b.Text, b.CallbackData ?? ""))));

    /// <summary>Only Telegram's own 400 and 403 end a message; anything that may pass (5xx, no answer, 401/404 about the bot as a whole) lets it go again.</summary>
    private SendOutcome Classify(OutboxEntry entry, Exception e) => e switch
    {
        ApiRequestException { ErrorCode: 429 } api => new SendOutcome(SendResultKind.RetryAfter, RetryAfter: TimeSpan.FromSeconds(Math.Max(1, api.Parameters?.RetryAfter ?? 1)), Error: api.Message),
        ApiRequestException { ErrorCode: 403 } api => new SendOutcome(SendResultKind.Blocked, Error: api.Message),
        ApiRequestException { ErrorCode: >= 500 } api => new SendOutcome(SendResultKind.Transient, Error: api.Message),
        ApiRequestException { ErrorCode: 401 or 404 } api => new SendOutcome(SendResultKind.Unreachable, Error: api.Message),
        ApiRequestException api => new SendOutcome(SendResultKind.Permanent, Error: api.Message),
        RequestException { HttpStatusCode: HttpStatusCode.OK } unreadable => Unreadable(entry, unreadable),
        // A proxy's own refusal (413: the file is too big) is as final as Telegram's 400; its 5xx page means Telegram is out of reach.
        RequestException { HttpStatusCode: >= HttpStatusCode.BadRequest and < HttpStatusCode.InternalServerError and not HttpStatusCode.Unauthorized and not HttpStatusCode.NotFound } proxy =>
            new SendOutcome(SendResultKind.Permanent, Error: $"{(int)proxy.HttpStatusCode!}: {proxy.Message}"),
        _ => new SendOutcome(SendResultKind.Unreachable, Error: e.GetType().Name + ": " + e.Message),
    };

    /// <summary>
    /// A 200 means the API took the message, even when the library cannot read the answer (a Bot API emulator's
    /// millisecond dates or null results): sending it again would deliver it again. Its Telegram id stays unknown.
    /// </summary>
    private SendOutcome Unreadable(OutboxEntry entry, RequestException e)
    {
        if (Interlocked.Exchange(ref _unreadableWarned, 1) == 0)
        {
            logger.LogWarning(
                "The Bot API accepted outbox message {Id} but its answer could not be read ({Reason}); such messages count as sent, without their Telegram id. Is Telegram:ApiBaseUrl an emulator?",
                entry.Id, e.InnerException?.Message ?? e.Message);
        }
        else
        {
            logger.LogDebug("Unreadable answer to outbox message {Id}; counted as sent", entry.Id);
        }
        return new SendOutcome(SendResultKind.Sent, entry.EditMessageId);
    }
}
