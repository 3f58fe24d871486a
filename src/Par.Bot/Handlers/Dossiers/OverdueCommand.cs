using Par.Bot.Handlers.Routing;
using Par.Bot.Hosting;
using Par.Bot.Texts;
using Par.Core.Access;
using Par.Core.Dossiers;
using Par.Core.Outbox;
using Par.Core.Units;

namespace Par.Bot.Handlers.Dossiers;

/// <summary>
/// /overdue: a member sees the unit's overdue and due-soon items, a page at a time; an admin sees counts per unit
/// with a button per unit, or one unit's list with <c>/overdue UNIT</c>. A member who names another unit is told
/// that they see only their own, which is named, rather than shown their own list as if it were the other's.
/// </summary>
public sealed class OverdueCommand(UnitItemPages pages, LateItemsService late, IUnitStore units, LateRules rules, ProvinceClock clock) : ICommand
{
    public string Name => "overdue";
    public Permission Permission => Permission.ViewOverdue;

    public Task HandleAsync(BotContext context, CancellationToken cancellationToken)
    {
        var unitCode = context.Args.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        if (unitCode is not null && !context.Can(Permission.ViewOverdue, unitCode))
            context.Reply(context.T.OverdueOwnUnitOnly(unitCode, context.UnitCode!, units.Find(context.UnitCode!)?.Name ?? context.UnitCode!));
        else if (!context.Can(Permission.AllUnits))
            pages.Show(context, ItemListKind.Late, context.UnitCode!, 1, edit: false);
        else if (unitCode is not null)
            pages.Show(context, ItemListKind.Late, unitCode, 1, edit: false);
        else
            ReplyByUnit(context);
        return Task.CompletedTask;
    }

    private void ReplyByUnit(BotContext context)
    {
        var summaries = late.ForAllUnits(clock.UtcNow, rules)
            .OrderByDescending(u => u.LongOverdue).ThenByDescending(u => u.Overdue).ThenByDescending(u => u.DueSoon)
            .ThenBy(u => u.UnitCode, StringComparer.Ordinal)
            .ToList();
        if (summaries.Count == 0)
        {
            context.Reply(context.T.NothingLateAnywhere);
            return;
        }
        var buttons = summaries.Take(ListLimits.UnitButtons)
            .Select(u => new Button(context.T.LateUnitButton(u), $"{OverdueUnitButton.Prefix}:{u.UnitCode}"))
            .Chunk(2)
            .Select(row => (IReadOnlyList<Button>)row)
            .ToList();
        context.Reply(context.T.LateByUnit(summaries, UnitNames.From(units), rules), buttons);
    }
}
