using Par.Bot.Handlers.Routing;
using Par.Bot.Handlers.Tasks;
using Par.Bot.Hosting;
using Par.Core.Access;
using Par.Core.Dossiers;
using Par.Core.Outbox;
using Par.Core.Tasks;
using Par.Core.Units;

namespace Par.Bot.Handlers.Dossiers;

/// <summary>
/// One page of a unit's late or open items, recomputed from the store each time: a ✅ button per item the viewer
/// may close, ◀ ▶ between pages and, on a late list too long for one page, the XLSX download.
/// A first view is a new message; a press edits the message it was pressed on.
/// </summary>
public sealed class UnitItemPages(LateItemsService late, IUnitStore units, LateRules rules, ProvinceClock clock)
{
    public void Show(BotContext context, ItemListKind kind, string unitCode, int page, bool edit)
    {
        if (units.Find(unitCode) is not { } unit)
        {
            Say(context, context.T.UnitNotFound(unitCode), [], edit);
            return;
        }
        if (kind == ItemListKind.Late)
            ShowLate(context, unit, page, edit);
        else
            ShowOpen(context, unit, page, edit);
    }

    private void ShowLate(BotContext context, Unit unit, int page, bool edit)
    {
        var summary = late.ForUnit(unit.Code, clock.UtcNow, rules);
        if (summary.Items.Count == 0 && summary.Waiting.Count == 0)
        {
            Say(context, context.T.NothingLate(unit.Name), [], edit);
            return;
        }
        var shown = ItemPage.Of(summary.Items, page);
        var buttons = Buttons(context, ItemListKind.Late, unit.Code, shown);
        if (shown.IsPaged)
            buttons.Add([new Button(context.T.LateFileButton, ItemListData.File(unit.Code))]);
        Say(context, context.T.LatePage(unit.Code, unit.Name, summary, shown), buttons, edit);
    }

    private void ShowOpen(BotContext context, Unit unit, int page, bool edit)
    {
        var open = late.OpenForUnit(unit.Code, clock.UtcNow, rules);
        if (open.Count == 0)
        {
            Say(context, context.T.NothingOpen(unit.Name), [], edit);
            return;
        }
        var shown = ItemPage.Of(open, page);
        Say(context, context.T.OpenPage(unit.Code, unit.Name, shown), Buttons(context, ItemListKind.Open, unit.Code, shown), edit);
    }

    /// <summary>✅ two to a row, then ◀ ▶: at most 20 + 2 buttons, far below Telegram's 100.</summary>
    private static List<IReadOnlyList<Button>> Buttons(BotContext context, ItemListKind kind, string unitCode, ItemPage page)
    {
        var done = page.Items.Select(item => DoneButton(context, kind, unitCode, page.Number, item)).OfType<Button>();
        var rows = done.Chunk(2).Select(row => (IReadOnlyList<Button>)row).ToList();
        var navigation = new List<Button>();
        if (page.Number > 1)
            navigation.Add(new Button(context.T.PageBackButton(page.Number - 1), ItemListData.Page(kind, unitCode, page.Number - 1)));
        if (page.Number < page.Count)
            navigation.Add(new Button(context.T.PageForwardButton(page.Number + 1), ItemListData.Page(kind, unitCode, page.Number + 1)));
        if (navigation.Count > 0)
            rows.Add(navigation);
        return rows;
    }

    /// <summary>A dossier closes here; a task asks for its result first, through its own button. Null when the viewer may not close it.</summary>
    private static Button? DoneButton(BotContext context, ItemListKind kind, string unitCode, int page, LateItem item)
    {
        var label = context.T.ItemDoneButton(item);
        if (item.Item.Kind == TrackedItemKind.Task)
        {
            return context.Can(Permission.MarkDone, unitCode) && TaskCode.TryParse(item.Item.Code, out var number)
                ? new Button(label, $"{TaskDoneButton.Prefix}:{number}")
                : null;
        }

        return ItemListAccess.MaySettleDossiers(context, unitCode) ? new Button(label, ItemListData.Done(kind, unitCode, page, item.Item.Code)) : null;
    }

    private static void Say(BotContext context, string text, IReadOnlyList<IReadOnlyList<Button>> buttons, bool edit)
    {
        if (edit)
            context.EditPressed(text, buttons);
        else
            context.Reply(text, buttons);
    }
}
