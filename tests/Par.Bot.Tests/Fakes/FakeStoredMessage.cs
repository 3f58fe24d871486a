using Telegram.Bot.Types;

namespace Par.Bot.Tests.Fakes;

/// <summary>A message the bot sent, with the text and markup it was sent with, so an identical edit can fail
/// as "message is not modified" the way Telegram does.</summary>
/// <param name="SourceText">Text or caption as the bot sent it, before parse-mode processing.</param>
internal sealed record FakeStoredMessage(Message Message, string? SourceText, string? ParseMode, string? MarkupJson);
