using Par.Bot.Handlers.Routing;
using Par.Core.Access;
using Par.Core.Portal;

namespace Par.Bot.Handlers.Portal;

/// <summary>The button under an import that met portal units nobody links to: creates them all, code and name as on the portal.</summary>
public sealed class PortalCreateButton(PortalImportService import) : ICallbackHandler
{
    public const string Prefix = "pu";

    string ICallbackHandler.Prefix => Prefix;

    public Permission Permission => Permission.ImportPortal;

    public Task HandleAsync(BotContext context, string payload, CancellationToken cancellationToken)
    {
        context.Reply(context.T.PortalUnitsCreated(import.CreateUnlinked()));
        return Task.CompletedTask;
    }
}
