using Par.Bot.Handlers.Routing;
using Par.Core.Access;

namespace Par.Bot.Handlers.Dossiers;

/// <summary>A unit's button under the admin's /overdue counts: answers with that unit's list.</summary>
public sealed class OverdueUnitButton(UnitLateReply unitReply) : ICallbackHandler
{
    public const string Prefix = "od";

    string ICallbackHandler.Prefix => Prefix;
    public Permission Permission => Permission.AllUnits;

    public Task HandleAsync(BotContext context, string payload, CancellationToken cancellationToken)
    {
        unitReply.Reply(context, payload);
        return Task.CompletedTask;
    }
}
