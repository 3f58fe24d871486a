using Telegram.Bot.Types;

namespace Par.Bot.Tests.Fakes;

/// <summary>One setMyCommands request; <paramref name="Scope"/> is null when the bot sent none (Telegram's default scope).</summary>
public sealed record SetCommandsCall(BotCommandScope? Scope, string? LanguageCode, IReadOnlyList<BotCommand> Commands);
