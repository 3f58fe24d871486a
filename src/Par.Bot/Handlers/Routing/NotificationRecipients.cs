using Microsoft.Extensions.Options;
using Par.Bot.Hosting;
using Par.Bot.Texts;
using Par.Core.Members;

namespace Par.Bot.Handlers.Routing;

/// <summary>
/// Who a notification or reminder goes to, each with the strings of their language: a unit's members, the
/// admins of configuration, or one user. Members who blocked the bot are left out until they write again;
/// someone without a chosen language gets the default one.
/// </summary>
public sealed class NotificationRecipients(IMemberStore members, IOptions<BotOptions> options)
{
    public IReadOnlyList<NotificationRecipient> OfUnit(string unitCode) =>
        [.. members.ListByUnit(unitCode).Where(m => !m.Unreachable).Select(Of)];

    public IReadOnlyList<NotificationRecipient> Admins() =>
        [.. options.Value.AdminIds.Distinct().Select(User).OfType<NotificationRecipient>()];

    /// <summary>The user, or null when they blocked the bot.</summary>
    public NotificationRecipient? User(long userId) => members.Find(userId) switch
    {
        null => new NotificationRecipient(userId, userId, TextsProvider.For(options.Value.DefaultLanguage)),
        { Unreachable: true } => null,
        var member => Of(member),
    };

    private NotificationRecipient Of(Member member) =>
        new(member.UserId, member.ChatId, TextsProvider.For(member.Language ?? options.Value.DefaultLanguage));
}
