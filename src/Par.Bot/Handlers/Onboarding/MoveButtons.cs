using Par.Bot.Handlers.Routing;
using Par.Core.Access;
using Par.Core.Invites;
using Par.Core.Members;
using Par.Core.Units;

namespace Par.Bot.Handlers.Onboarding;

/// <summary>
/// The buttons under "move to another unit?": <c>yes:CODE</c> redeems the code with the move confirmed,
/// <c>no:UNIT</c> leaves everything as it is.
/// </summary>
public sealed class MoveButtons(InviteService invites, IUnitStore units, InviteRedemption redemption) : ICallbackHandler
{
    public const string Prefix = "move";

    string ICallbackHandler.Prefix => Prefix;
    public Permission Permission => Permission.UseBot;

    public Task HandleAsync(BotContext context, string payload, CancellationToken cancellationToken)
    {
        var parts = payload.Split(':', 2);
        if (parts is ["yes", var code])
        {
            redemption.Answer(context, invites.Redeem(code, context.UserId, context.UserName, moveConfirmed: true), editPressed: true);
        }
        else if (parts is ["no", var unitCode] && units.Find(unitCode) is { } current)
        {
            context.EditPressed(context.T.MoveDeclined(current));
        }
        else
        {
            context.CallbackAnswer = context.T.ButtonExpired;
        }

        return Task.CompletedTask;
    }
}
