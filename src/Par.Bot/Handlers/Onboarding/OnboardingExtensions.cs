using Par.Bot.Handlers.Routing;
using Par.Bot.Hosting;
using Par.Core.Invites;

namespace Par.Bot.Handlers.Onboarding;

public static class OnboardingExtensions
{
    /// <summary>Invites and the commands every user starts with: /start (and its move button), /help, /cancel, /lang, /invite.</summary>
    public static IHostApplicationBuilder AddParOnboarding(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSection<InviteOptions>(InviteOptions.Section);
        services.AddSingleton<InviteGuessLimiter>();
        services.AddSingleton<InviteService>();

        services.AddSingleton<ICommand, StartCommand>();
        services.AddSingleton<ICommand, HelpCommand>();
        services.AddSingleton<ICommand, CancelCommand>();
        services.AddSingleton<ICommand, LangCommand>();
        services.AddSingleton<ICommand, InviteCommand>();
        services.AddSingleton<InviteRedemption>();
        services.AddSingleton<ICallbackHandler, MoveButtons>();
        return builder;
    }
}
