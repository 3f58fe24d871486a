using Par.Bot.Handlers.Routing;
using Par.Bot.Texts;
using Par.Core.Access;
using Par.Core.Members;

namespace Par.Bot.Handlers.Onboarding;

/// <summary>/lang vi|en: the language of every later answer.</summary>
public sealed class LangCommand(IMemberStore members, TimeProvider clock) : ICommand
{
    public string Name => "lang";
    public Permission Permission => Permission.UseBot;

    public Task HandleAsync(BotContext context, CancellationToken cancellationToken)
    {
        var language = context.Args.Trim().ToLowerInvariant();
        if (!TextsProvider.Speaks(language))
        {
            context.Reply(context.T.LanguageUsage);
            return Task.CompletedTask;
        }
        // In place: the whole record read with the update may be older than the store (a merge moved it, a send found it blocked).
        if (!members.SetLanguage(context.UserId, language))
            members.Upsert(new Member { UserId = context.UserId, ChatId = context.ChatId, Name = context.UserName, Language = language, JoinedUtc = clock.GetUtcNow().UtcDateTime });
        context.T = TextsProvider.For(language);
        context.Reply(context.T.LanguageSet);
        context.MenuRole = context.Role;
        return Task.CompletedTask;
    }
}
