using Par.Bot.Handlers.Routing;
using Par.Core.Access;

namespace Par.Bot.Handlers.Dossiers;

/// <summary>◀ ▶ under a unit's list: shows the page named in the data, in the same message.</summary>
public sealed class ItemPageButton(UnitItemPages pages) : ICallbackHandler
{
    string ICallbackHandler.Prefix => ItemListData.PagePrefix;
    public Permission Permission => Permission.ViewOverdue;

    public Task HandleAsync(BotContext context, string payload, CancellationToken cancellationToken)
    {
        if (!ItemListData.TryParsePage(payload, out var kind, out var unitCode, out var page))
            context.CallbackAnswer = context.T.ButtonExpired;
        else if (!ItemListAccess.MayView(context, kind, unitCode))
            context.CallbackAnswer = context.T.NotYourUnit;
        else
            pages.Show(context, kind, unitCode, page, edit: true);
        return Task.CompletedTask;
    }
}
