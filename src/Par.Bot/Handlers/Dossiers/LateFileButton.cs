using Par.Bot.Handlers.Routing;
using Par.Bot.Hosting;
using Par.Core.Access;
using Par.Core.Dossiers;
using Par.Core.Outbox;
using Par.Core.Units;

namespace Par.Bot.Handlers.Dossiers;

/// <summary>📎 under a long late list: the whole list, waiting dossiers included, as an XLSX document.</summary>
public sealed class LateFileButton(LateItemsService late, IUnitStore units, LateRules rules, ProvinceClock clock) : ICallbackHandler
{
    string ICallbackHandler.Prefix => ItemListData.FilePrefix;
    public Permission Permission => Permission.ViewOverdue;

    public Task HandleAsync(BotContext context, string payload, CancellationToken cancellationToken)
    {
        if (!ItemListAccess.MayView(context, ItemListKind.Late, payload))
        {
            context.CallbackAnswer = context.T.NotYourUnit;
            return Task.CompletedTask;
        }
        if (units.Find(payload) is not { } unit)
        {
            context.CallbackAnswer = context.T.ButtonExpired;
            return Task.CompletedTask;
        }
        var now = clock.LocalNow;
        var summary = late.ForUnit(unit.Code, now, rules);
        if (summary.Items.Count == 0 && summary.Waiting.Count == 0)
        {
            // The list this button sat under has emptied since.
            context.CallbackAnswer = context.T.ButtonExpired;
            return Task.CompletedTask;
        }
        var file = new Attachment
        {
            Kind = AttachmentKind.Document,
            FileName = $"tre-han-{unit.Code}-{now:yyyy-MM-dd}.xlsx",
            Content = LateListFile.Xlsx(unit.Code, summary, clock.Zone, context.T),
        };
        context.ReplyWith(file, context.T.LateFileCaption(unit.Name, summary, now));
        return Task.CompletedTask;
    }
}
