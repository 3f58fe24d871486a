using Par.Bot.Handlers.Routing;
using Par.Core.Access;

namespace Par.Bot.Handlers.Dossiers;

/// <summary>A unit's button under the admin's /overdue counts: answers with that unit's list.</summary>
public sealed class OverdueUnitButton(UnitItemPages pages) : ICallbackHandler
{
    public const string Prefix = "od";

    string ICallbackHandler.Prefix => Prefix;
    public Permission Permission => Permission.AllUnits;

    public Task HandleAsync(BotContext context, string payload, CancellationToken cancellationToken)
    {
        pages.Show(context, ItemListKind.Late, payload, 1, edit: false);
        return Task.CompletedTask;
    }
}
