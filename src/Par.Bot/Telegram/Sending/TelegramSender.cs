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
            return Classify(e);
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
            return Classify(e);
        }
    }

    private async Task<int> CallAsync(OutboxEntry entry, ParseMode parseMode, CancellationToken cancellationToken)
    {
        var markup = Markup(entry.Buttons);
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

    private static SendOutcome Classify(Exception e) => e switch
    {
        ApiRequestException { ErrorCode: 429 } api => new SendOutcome(SendResultKind.RetryAfter, RetryAfter: TimeSpan.FromSeconds(Math.Max(1, api.Parameters?.RetryAfter ?? 1)), Error: api.Message),
        ApiRequestException { ErrorCode: 403 } api => new SendOutcome(SendResultKind.Blocked, Error: api.Message),
        ApiRequestException { ErrorCode: >= 500 } api => new SendOutcome(SendResultKind.Transient, Error: api.Message),
        ApiRequestException api => new SendOutcome(SendResultKind.Permanent, Error: api.Message),
        _ => new SendOutcome(SendResultKind.Transient, Error: e.GetType().Name + ": " + e.Message),
    };
}
