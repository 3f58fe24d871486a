using Par.Bot.Texts;
using Par.Core.Access;
using Par.Core.Members;
using Par.Core.Outbox;

namespace Par.Bot.Handlers.Routing;

/// <summary>
/// One update as a handler sees it: who, what they sent, in which language, and what to answer.
/// Replies are collected and stored in the outbox together with the update's handled mark.
/// </summary>
public sealed class BotContext
{
    private readonly List<OutgoingMessage> _replies = [];

    public required int UpdateId { get; init; }
    public required long UserId { get; init; }
    public required long ChatId { get; init; }
    public required string UserName { get; init; }
    public required Role Role { get; init; }
    /// <summary>The sender as stored when the update arrived; null for someone Par does not know. Change it in the store, field by field.</summary>
    public required Member? Member { get; init; }
    public required ITexts T { get; set; }
    public string Text { get; init; } = "";
    /// <summary>The text (or caption) as Telegram HTML: the sender's bold, italics, code and links kept, everything else escaped.</summary>
    public string Html { get; init; } = "";
    /// <summary>The command without slash or @bot, lower case; empty when the text is not a command.</summary>
    public string Command { get; init; } = "";
    /// <summary>The text after the command.</summary>
    public string Args { get; init; } = "";
    public IncomingDocument? Document { get; init; }
    public IncomingPhoto? Photo { get; init; }
    public IncomingCallback? Callback { get; init; }
    /// <summary>Short text shown as the answer to a pressed button.</summary>
    public string? CallbackAnswer { get; set; }
    /// <summary>Set when the user's command menu must change (joined a unit, switched language): the role to show.</summary>
    public Role? MenuRole { get; set; }

    public string? UnitCode => Member?.UnitCode;
    /// <summary>The sender as the access policy sees them.</summary>
    public Actor Actor => new(UserId, Role, UnitCode);
    public IReadOnlyList<OutgoingMessage> Replies => _replies;

    /// <summary>Whether the sender may do <paramref name="permission"/> to the unit, or to some unit when none is given.</summary>
    public bool Can(Permission permission, string? unitCode = null) => AccessPolicy.Can(Actor, permission, unitCode);

    public void Reply(string html, IReadOnlyList<IReadOnlyList<Button>>? buttons = null) =>
        _replies.Add(new OutgoingMessage { ChatId = ChatId, Text = html, Buttons = buttons ?? [] });

    public void ReplyWith(Attachment attachment, string caption) =>
        _replies.Add(new OutgoingMessage { ChatId = ChatId, Text = caption, Attachment = attachment });

    /// <summary>Replaces the text (and buttons) of the message whose button was pressed.</summary>
    public void EditPressed(string html, IReadOnlyList<IReadOnlyList<Button>>? buttons = null)
    {
        if (Callback?.MessageId is not { } messageId)
        {
            Reply(html, buttons);
            return;
        }
        _replies.Add(new OutgoingMessage { ChatId = ChatId, Text = html, Buttons = buttons ?? [], EditMessageId = messageId });
    }

    public void Send(OutgoingMessage message) => _replies.Add(message);
}
