using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Par.Bot.Tests.Fakes;

/// <summary>Chats and people as Telegram describes them in updates.</summary>
internal static class FakeChats
{
    // Supergroup and channel ids are -100 followed by the internal id.
    private const long SupergroupIdCeiling = -1_000_000_000_000;

    public static User Person(long userId, string? languageCode, string? firstName) =>
        new() { Id = userId, IsBot = false, FirstName = firstName ?? $"User {userId}", LanguageCode = languageCode };

    public static Chat PrivateChat(User person) =>
        new() { Id = person.Id, Type = ChatType.Private, FirstName = person.FirstName, LastName = person.LastName, Username = person.Username };

    /// <summary>The chat a bot message goes to, its type guessed from the id as Telegram numbers them.</summary>
    public static Chat ById(long chatId) => chatId switch
    {
        > 0 => new() { Id = chatId, Type = ChatType.Private, FirstName = $"User {chatId}" },
        < SupergroupIdCeiling => new() { Id = chatId, Type = ChatType.Supergroup, Title = $"Supergroup {chatId}" },
        _ => new() { Id = chatId, Type = ChatType.Group, Title = $"Group {chatId}" },
    };
}
