using Par.Bot.Handlers.Routing;
using Par.Bot.Hosting;
using Par.Core.Dossiers;
using Par.Core.Units;

namespace Par.Bot.Handlers.Dossiers;

/// <summary>Answers with one unit's overdue and due-soon items: for a member's /overdue and the admin's per-unit view.</summary>
public sealed class UnitLateReply(LateItemsService late, IUnitStore units, LateRules rules, ProvinceClock clock)
{
    public void Reply(BotContext context, string unitCode)
    {
        if (units.Find(unitCode) is not { } unit)
        {
            context.Reply(context.T.UnitNotFound(unitCode));
            return;
        }
        var summary = late.ForUnit(unit.Code, clock.UtcNow, rules);
        context.Reply(summary.Items.Count == 0 ? context.T.NothingLate(unit.Name) : context.T.LateList(unit.Code, unit.Name, summary));
    }
}
