using Microsoft.Extensions.Options;
using Par.Core;
using Par.Bot.Hosting;
using Par.Bot.Texts;
using Par.Core.Members;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Par.Bot.Telegram;

/// <summary>
/// Telegram's command menu per role and language: strangers' commands for every private chat (Vietnamese,
/// English and the default), and each member's or admin's own role's commands on their chat.
/// </summary>
public sealed class CommandMenu(ITelegramBotClient bot, IMemberStore members, IOptions<BotOptions> options, ILogger<CommandMenu> logger)
{
    /// <summary>Best effort: a menu Telegram refuses is logged; the bot works without it.</summary>
    public async Task ApplyDefaultsAsync(CancellationToken cancellationToken)
    {
        var scope = new BotCommandScopeAllPrivateChats();
        try
        {
            foreach (var language in TextsProvider.Languages)
                await bot.SetMyCommands(Commands(Role.Stranger, language), scope, language.Code, cancellationToken);
            await bot.SetMyCommands(Commands(Role.Stranger, TextsProvider.Parse(options.Value.DefaultLanguage)), scope, null, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "The default command menus were not set");
        }
        foreach (var adminId in options.Value.AdminIds)
            await ApplyForAsync(adminId, Role.Admin, TextsProvider.Parse(members.Find(adminId)?.Language ?? options.Value.DefaultLanguage), cancellationToken);
    }

    /// <summary>Best effort: a chat that never talked to the bot cannot get a menu yet, which is fine.</summary>
    public async Task ApplyForAsync(long chatId, Role role, Language language, CancellationToken cancellationToken)
    {
        try
        {
            await bot.SetMyCommands(Commands(role, language), new BotCommandScopeChat { ChatId = chatId }, null, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogInformation("Command menu for chat {ChatId} not set yet: {Reason}", chatId, e.Message);
        }
    }

    private static IEnumerable<BotCommand> Commands(Role role, Language language)
    {
        var texts = TextsProvider.For(language);
        return CommandCatalog.For(role).Select(c => new BotCommand { Command = c, Description = texts.CommandDescription(c) });
    }
}
