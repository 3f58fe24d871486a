using Par.Bot.Handlers.Routing;
using Par.Bot.Texts;
using Par.Core.Members;

namespace Par.Bot.Handlers.Onboarding;

/// <summary>/lang vi|en: the language of every later answer.</summary>
public sealed class LangCommand(IMemberStore members, TimeProvider clock) : ICommand
{
    public string Name => "lang";
    public Role Access => Role.Stranger;

    public Task HandleAsync(BotContext context, CancellationToken cancellationToken)
    {
        var language = context.Args.Trim().ToLowerInvariant();
        if (!TextsProvider.Speaks(language))
        {
            context.Reply(context.T.LanguageUsage);
            return Task.CompletedTask;
        }
        var member = context.Member ?? new Member { UserId = context.UserId, ChatId = context.ChatId, Name = context.UserName, JoinedUtc = clock.GetUtcNow().UtcDateTime };
        members.Upsert(member with { Language = language });
        context.T = TextsProvider.For(language);
        context.Reply(context.T.LanguageSet);
        context.MenuRole = context.Role;
        return Task.CompletedTask;
    }
}
