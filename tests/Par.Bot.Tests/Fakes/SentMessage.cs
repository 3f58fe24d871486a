using System.Text.Json;
using System.Text.Json.Nodes;
using Telegram.Bot;
using Telegram.Bot.Types.ReplyMarkups;

namespace Par.Bot.Tests.Fakes;

/// <summary>What the bot sent, edited, deleted or answered: one successful sendMessage, sendPhoto, sendDocument,
/// editMessageText, editMessageReplyMarkup, deleteMessage or answerCallbackQuery.</summary>
public sealed record SentMessage
{
    /// <summary>1-based order among everything the bot sent since the last <see cref="FakeBotApi.Clear"/>.</summary>
    public long Sequence { get; init; }

    public required string Method { get; init; }

    public required long ChatId { get; init; }

    /// <summary>Id of the message sent, edited or deleted; for answerCallbackQuery the message whose button was pressed.</summary>
    public required int MessageId { get; init; }

    /// <summary>Text or caption exactly as the bot sent it (HTML tags and entities included).</summary>
    public string? Text { get; init; }

    public string? ParseMode { get; init; }

    public string? ReplyMarkupJson { get; init; }

    /// <summary>Uploaded or referenced bytes for sendPhoto and sendDocument, when the fake knows them.</summary>
    public byte[]? FileContent { get; init; }

    public string? FileName { get; init; }

    public required DateTimeOffset At { get; init; }

    public required string ParametersJson { get; init; }

    public InlineKeyboardMarkup? InlineKeyboard =>
        ReplyMarkupJson is not null && JsonNode.Parse(ReplyMarkupJson) is JsonObject { } markup && markup.ContainsKey("inline_keyboard")
            ? markup.Deserialize<InlineKeyboardMarkup>(JsonBotAPI.Options)
            : null;

    /// <summary>Inline buttons row by row, left to right.</summary>
    public IReadOnlyList<InlineKeyboardButton> Buttons => [.. InlineKeyboard?.InlineKeyboard.SelectMany(row => row) ?? []];

    /// <summary>A raw request parameter (e.g. "show_alert"), as text.</summary>
    public string? Parameter(string name) => JsonNode.Parse(ParametersJson)?[name] switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        var node => node.ToJsonString(),
    };

    public override string ToString()
    {
        var text = Text is { Length: > 60 } longText ? longText[..60] + "…" : Text;
        return $"#{Sequence} {Method} chat {ChatId} message {MessageId}: \"{text}\"" + (Buttons.Count > 0
            ? $" buttons [{string.Join(", ", Buttons.Select(b => b.Text))}]"
            : "");
    }
}
