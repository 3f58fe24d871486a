using System.Text.RegularExpressions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Par.Bot.Tests.Fakes;

/// <summary>Updates shaped as Telegram sends them when a person writes to the bot or presses its buttons.</summary>
internal static partial class IncomingUpdates
{
    public static Update Text(int messageId, User person, string text, DateTime date) => new()
    {
        Message = new Message
        {
            Id = messageId,
            From = person,
            Chat = FakeChats.PrivateChat(person),
            Date = date,
            Text = text,
            Entities = LeadingCommand().Match(text) is { Success: true } command
                ? [new MessageEntity { Type = MessageEntityType.BotCommand, Offset = 0, Length = command.Length }]
                : null,
        },
    };

    public static Update Document(int messageId, User person, FakeStoredFile file, string? caption, DateTime date)
    {
        var message = Captioned(messageId, person, caption, date);
        message.Document = new Document
        {
            FileId = file.FileId,
            FileUniqueId = file.FileUniqueId,
            FileName = file.FileName,
            MimeType = file.MimeType,
            FileSize = file.Content.Length,
        };
        return new Update { Message = message };
    }

    /// <summary>A photo as Telegram sends it: several sizes of the same picture, the largest last.</summary>
    public static Update Photo(int messageId, User person, FakeStoredFile file, string? caption, DateTime date)
    {
        var message = Captioned(messageId, person, caption, date);
        message.Photo =
        [
            new PhotoSize { FileId = "small-" + file.FileId, FileUniqueId = "s" + file.FileUniqueId, Width = 90, Height = 60 },
            new PhotoSize { FileId = file.FileId, FileUniqueId = file.FileUniqueId, Width = 1280, Height = 853, FileSize = file.Content.Length },
        ];
        return new Update { Message = message };
    }

    public static Update ButtonPress(string callbackQueryId, User person, Message botMessage, string callbackData) => new()
    {
        CallbackQuery = new CallbackQuery
        {
            Id = callbackQueryId,
            From = person,
            Message = botMessage,
            ChatInstance = $"{botMessage.Chat.Id}",
            Data = callbackData,
        },
    };

    private static Message Captioned(int messageId, User person, string? caption, DateTime date) => new()
    {
        Id = messageId,
        From = person,
        Chat = FakeChats.PrivateChat(person),
        Date = date,
        Caption = caption,
    };

    [GeneratedRegex("^/[A-Za-z0-9_]{1,32}(@[A-Za-z0-9_]+)?")]
    private static partial Regex LeadingCommand();
}
