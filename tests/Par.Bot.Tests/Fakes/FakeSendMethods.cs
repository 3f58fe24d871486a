using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace Par.Bot.Tests.Fakes;

/// <summary>The methods that put something in front of a person: send, edit, delete, answer a button press.
/// Each checks what Telegram checks that bots commonly get wrong, then records a <see cref="SentMessage"/>.</summary>
internal sealed class FakeSendMethods(
    FakeMessageStore messages, FakeFileStore files, FakeSentLog sent, Func<User> bot, TimeProvider clock)
{
    private const int TextLimit = 4096;
    private const int CaptionLimit = 1024;
    private const int CallbackDataLimitBytes = 64;

    public Message SendMessage(FakeRequest request, FakeCall call)
    {
        var chatId = RequireChat(request);
        var (text, parseMode, plain) = Text(request);
        var (markupJson, keyboard) = Markup(request);
        var message = NewMessage(chatId);
        message.Text = plain;
        message.ReplyMarkup = keyboard;
        messages.Save(new FakeStoredMessage(message, text, parseMode, markupJson));
        sent.Add(Record(call, chatId, message.Id) with { Text = text, ParseMode = parseMode, ReplyMarkupJson = markupJson });
        return message;
    }

    public Message SendPhoto(FakeRequest request, FakeCall call) =>
        SendFile(request, call, "photo", files.AddPhoto, (message, file) => message.Photo =
        [
            new PhotoSize { FileId = file.FileId, FileUniqueId = file.FileUniqueId, Width = 1280, Height = 720, FileSize = file.Content.Length },
        ]);

    public Message SendDocument(FakeRequest request, FakeCall call) =>
        SendFile(request, call, "document", files.AddDocument, (message, file) => message.Document = new Document
        {
            FileId = file.FileId,
            FileUniqueId = file.FileUniqueId,
            FileName = file.FileName,
            MimeType = file.MimeType,
            FileSize = file.Content.Length,
        });

    public Message EditMessageText(FakeRequest request, FakeCall call)
    {
        var (chatId, stored) = RequireOwnMessage(request, "message to edit not found");
        if (stored.Message.Text is null)
            throw FakeApiException.BadRequest("there is no text in the message to edit");
        var (text, parseMode, plain) = Text(request);
        var (markupJson, keyboard) = Markup(request);
        RequireChange(stored, stored with { SourceText = text, ParseMode = parseMode, MarkupJson = markupJson });
        var message = stored.Message;
        message.Text = plain;
        message.Entities = null;
        message.ReplyMarkup = keyboard; // Telegram drops the keyboard when an edit does not repeat it.
        message.EditDate = clock.GetUtcNow().UtcDateTime;
        messages.Save(new FakeStoredMessage(message, text, parseMode, markupJson));
        sent.Add(Record(call, chatId, message.Id) with { Text = text, ParseMode = parseMode, ReplyMarkupJson = markupJson });
        return message;
    }

    public Message EditMessageCaption(FakeRequest request, FakeCall call)
    {
        var (chatId, stored) = RequireOwnMessage(request, "message to edit not found");
        if (stored.Message.Photo is null && stored.Message.Document is null)
            throw FakeApiException.BadRequest("there is no caption in the message to edit");
        var (caption, parseMode, plain) = Caption(request);
        var (markupJson, keyboard) = Markup(request);
        RequireChange(stored, stored with { SourceText = caption, ParseMode = parseMode, MarkupJson = markupJson });
        var message = stored.Message;
        message.Caption = plain;
        message.CaptionEntities = null;
        message.ReplyMarkup = keyboard;
        message.EditDate = clock.GetUtcNow().UtcDateTime;
        messages.Save(new FakeStoredMessage(message, caption, parseMode, markupJson));
        sent.Add(Record(call, chatId, message.Id) with { Text = caption, ParseMode = parseMode, ReplyMarkupJson = markupJson });
        return message;
    }

    public Message EditMessageReplyMarkup(FakeRequest request, FakeCall call)
    {
        var (chatId, stored) = RequireOwnMessage(request, "message to edit not found");
        var (markupJson, keyboard) = Markup(request);
        RequireChange(stored, stored with { MarkupJson = markupJson });
        var message = stored.Message;
        message.ReplyMarkup = keyboard;
        message.EditDate = clock.GetUtcNow().UtcDateTime;
        messages.Save(stored with { Message = message, MarkupJson = markupJson });
        sent.Add(Record(call, chatId, message.Id) with { ReplyMarkupJson = markupJson });
        return message;
    }

    public bool DeleteMessage(FakeRequest request, FakeCall call)
    {
        var (chatId, stored) = RequireOwnMessage(request, "message to delete not found");
        messages.Remove(chatId, stored.Message.Id);
        sent.Add(Record(call, chatId, stored.Message.Id));
        return true;
    }

    public bool AnswerCallbackQuery(FakeRequest request, FakeCall call)
    {
        var id = request.String("callback_query_id") ?? "";
        var (chatId, messageId) = messages.CloseCallback(id)
            ?? throw FakeApiException.BadRequest("query is too old and response timeout expired or query ID is invalid");
        sent.Add(Record(call, chatId, messageId) with { Text = request.String("text") });
        return true;
    }

    public bool SendChatAction(FakeRequest request)
    {
        RequireChat(request);
        return true;
    }

    public static long RequireChat(FakeRequest request) => request.Long("chat_id")
        ?? throw FakeApiException.BadRequest(request.String("chat_id") is null ? "chat_id is empty" : "chat not found");

    private Message SendFile(
        FakeRequest request, FakeCall call, string field, Func<byte[], string, FakeStoredFile> store, Action<Message, FakeStoredFile> attach)
    {
        var chatId = RequireChat(request);
        var file = InputFile(request, field, store);
        var (caption, parseMode, plainCaption) = Caption(request);
        var (markupJson, keyboard) = Markup(request);
        var message = NewMessage(chatId);
        attach(message, file);
        message.Caption = plainCaption;
        message.ReplyMarkup = keyboard;
        messages.Save(new FakeStoredMessage(message, caption, parseMode, markupJson));
        sent.Add(Record(call, chatId, message.Id) with
        {
            Text = caption,
            ParseMode = parseMode,
            ReplyMarkupJson = markupJson,
            FileContent = file.Content,
            FileName = file.FileName,
        });
        return message;
    }

    /// <summary>An upload ("attach://0"), a file_id Telegram already has, or a URL (kept with no bytes).</summary>
    private FakeStoredFile InputFile(FakeRequest request, string field, Func<byte[], string, FakeStoredFile> store)
    {
        var value = request.String(field) ?? "";
        var partName = value.StartsWith("attach://", StringComparison.Ordinal) ? value["attach://".Length..] : field;
        if (request.Uploads.GetValueOrDefault(partName) is { } upload)
        {
            return upload.Content.Length > 0
                ? store(upload.Content, upload.FileName)
                : throw FakeApiException.BadRequest("file must be non-empty");
        }

        if (files.FindById(value) is { } known)
            return known;
        if (Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
            return store([], Path.GetFileName(url.LocalPath));
        throw FakeApiException.BadRequest(value.Length == 0 ? $"there is no {field} in the request" : "wrong file identifier/HTTP URL specified");
    }

    private static (string Text, string? ParseMode, string Plain) Text(FakeRequest request)
    {
        var text = request.String("text") ?? "";
        var parseMode = request.String("parse_mode");
        var plain = Plain(text, parseMode);
        if (string.IsNullOrWhiteSpace(plain))
            throw FakeApiException.BadRequest("message text is empty");
        return plain.Length <= TextLimit ? (text, parseMode, plain) : throw FakeApiException.BadRequest("message is too long");
    }

    private static (string? Caption, string? ParseMode, string? Plain) Caption(FakeRequest request)
    {
        var caption = request.String("caption");
        var parseMode = request.String("parse_mode");
        var plain = caption is null ? null : Plain(caption, parseMode);
        return plain is not { Length: > CaptionLimit }
            ? (caption, parseMode, plain)
            : throw FakeApiException.BadRequest("message caption is too long");
    }

    private static string Plain(string text, string? parseMode) =>
        string.Equals(parseMode, "html", StringComparison.OrdinalIgnoreCase) ? TelegramHtml.ToPlainText(text) : text;

    /// <summary>The reply_markup as sent, and the inline keyboard in it after Telegram's checks on buttons.</summary>
    private static (string? Json, InlineKeyboardMarkup? Keyboard) Markup(FakeRequest request)
    {
        if (request.Json("reply_markup") is not JsonObject markup)
            return (null, null);
        if (markup["inline_keyboard"] is not JsonArray rows)
            return (markup.ToJsonString(), null);
        foreach (var button in rows.OfType<JsonArray>().SelectMany(row => row).OfType<JsonObject>())
        {
            if (button.All(property => property.Key == "text"))
                throw FakeApiException.BadRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
            if (button["callback_data"]?.GetValue<string>() is { } data && Encoding.UTF8.GetByteCount(data) is 0 or > CallbackDataLimitBytes)
                throw FakeApiException.BadRequest("BUTTON_DATA_INVALID");
        }
        return (markup.ToJsonString(), markup.Deserialize<InlineKeyboardMarkup>(JsonBotAPI.Options));
    }

    private (long ChatId, FakeStoredMessage Stored) RequireOwnMessage(FakeRequest request, string notFound)
    {
        var chatId = RequireChat(request);
        var messageId = request.Int("message_id") ?? throw FakeApiException.BadRequest("message identifier is not specified");
        return (chatId, messages.Find(chatId, messageId) ?? throw FakeApiException.BadRequest(notFound));
    }

    private static void RequireChange(FakeStoredMessage before, FakeStoredMessage after)
    {
        if (before.SourceText == after.SourceText && before.ParseMode == after.ParseMode && before.MarkupJson == after.MarkupJson)
            throw FakeApiException.BadRequest("message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message");
    }

    private Message NewMessage(long chatId) => new()
    {
        Id = messages.NextMessageId(),
        From = bot(),
        Chat = FakeChats.ById(chatId),
        Date = clock.GetUtcNow().UtcDateTime,
    };

    private static SentMessage Record(FakeCall call, long chatId, int messageId) => new()
    {
        Method = call.Method,
        ChatId = chatId,
        MessageId = messageId,
        At = call.At,
        ParametersJson = call.ParametersJson,
    };
}
