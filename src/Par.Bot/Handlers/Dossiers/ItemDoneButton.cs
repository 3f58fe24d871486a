using Par.Bot.Handlers.Routing;
using Par.Bot.Hosting;
using Par.Core.Access;
using Par.Core.Dossiers;

namespace Par.Bot.Handlers.Dossiers;

/// <summary>
/// ✅ beside a dossier in a unit's list: marks it done through the same path as <c>/done CODE</c>, answers in a
/// short notice and redraws the page it was pressed on. Only the unit's own people may, whatever the data says.
/// </summary>
public sealed class ItemDoneButton(DossierCompletion completion, IDossierStore dossiers, UnitItemPages pages, ProvinceClock clock) : ICallbackHandler
{
    string ICallbackHandler.Prefix => ItemListData.DonePrefix;
    public Permission Permission => Permission.MarkDone;

    public Task HandleAsync(BotContext context, string payload, CancellationToken cancellationToken)
    {
        if (!ItemListData.TryParseDone(payload, out var kind, out var unitCode, out var page, out var key))
        {
            context.CallbackAnswer = context.T.ButtonExpired;
            return Task.CompletedTask;
        }
        if (!ItemListAccess.MaySettleDossiers(context, unitCode))
        {
            context.CallbackAnswer = context.T.NotYourUnit;
            return Task.CompletedTask;
        }
        var unit = context.UnitCode!;
        var code = ItemListData.IsHashed(key) ? dossiers.ListOpen(unit).FirstOrDefault(d => ItemListData.IsHashOf(key, d.Code))?.Code : key;
        if (code is null)
        {
            context.CallbackAnswer = context.T.ButtonExpired;
        }
        else
        {
            var outcome = completion.Finish(context.Actor, unit, code, clock.UtcNow.UtcDateTime);
            context.CallbackAnswer = outcome.Problem is { } problem ? context.T.DossierProblemNotice(problem, code) : context.T.DossierDoneNotice(outcome.Dossier!);
        }
        pages.Show(context, kind, unit, page, edit: true);
        return Task.CompletedTask;
    }
}
