using Par.Bot.Texts;

namespace Par.Bot.Handlers.Routing;

/// <summary>Someone a notification or reminder goes to: their chat and the strings of their language.</summary>
public sealed record NotificationRecipient(long UserId, long ChatId, ITexts T);
