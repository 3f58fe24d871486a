using Par.Bot.Handlers.Routing;
using Par.Bot.Telegram;
using Par.Core.Access;
using Par.Core.Invites;
using Par.Core.Members;
using Par.Core.Units;

namespace Par.Bot.Handlers.Onboarding;

/// <summary>/start: the welcome, or /start CODE (also from a deep link) to redeem an invite.</summary>
public sealed class StartCommand(
    InviteService invites, IUnitStore units, BotIdentity identity, InviteRedemption redemption, ILogger<StartCommand> logger) : ICommand
{
    public string Name => "start";
    public Permission Permission => Permission.UseBot;
    /// <summary>The welcome only reads; redeeming a code joins a unit.</summary>
    public bool Writes(BotContext context) => !string.IsNullOrWhiteSpace(context.Args);

    public Task HandleAsync(BotContext context, CancellationToken cancellationToken)
    {
        var code = context.Args.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        if (code is null)
            Welcome(context);
        else
            Redeem(context, code);
        return Task.CompletedTask;
    }

    private void Welcome(BotContext context)
    {
        if (context.Role == Role.Stranger)
        {
            // How a newcomer finds their Telegram user id to configure as Bot:AdminIds (README, first steps).
            logger.LogInformation("/start from user {UserId}, who is not a member; an admin's id goes in Bot:AdminIds", context.UserId);
            context.Reply(context.T.WelcomeStranger(identity.Username));
            return;
        }
        var unit = context.UnitCode is { } code ? units.Find(code) : null;
        context.Reply(context.T.Welcome(context.UserName, context.Role, unit));
        context.MenuRole = context.Role;
    }

    private void Redeem(BotContext context, string code)
    {
        var result = invites.Redeem(code, context.UserId, context.UserName);
        if (result.Outcome == RedeemOutcome.MoveNeedsConfirmation)
        {
            context.Reply(context.T.MoveConfirm(result.CurrentUnit!, result.Unit!, result.Role),
            [[
                new(context.T.MoveButton(result.Unit!), $"{MoveButtons.Prefix}:yes:{code.Trim().ToUpperInvariant()}"),
                new(context.T.StayButton(result.CurrentUnit!), $"{MoveButtons.Prefix}:no:{result.CurrentUnit!.Code}"),
            ]]);
            return;
        }
        redemption.Answer(context, result);
    }
}
