using Par.Bot.Handlers.Routing;
using Par.Bot.Hosting;
using Par.Core.Access;
using Par.Core.Outbox;
using Par.Core.Periods;
using Par.Core.Units;

namespace Par.Bot.Handlers.Emulation;

/// <summary>
/// /emulation [PERIOD]: the month's emulation table (the last closed month by default), or a year's roll-up
/// (<c>/emulation 2026</c>). An admin sees every unit, group by group, with the formula and an XLSX button; a head
/// sees their own unit's line and place.
/// </summary>
public sealed class EmulationCommand(EmulationTables tables, UnitGroups groups, ProvinceClock clock) : ICommand
{
    public string Name => "emulation";
    public Permission Permission => Permission.ViewEmulation;

    public Task HandleAsync(BotContext context, CancellationToken cancellationToken)
    {
        var argument = context.Args.Trim();
        Period? period = null;
        if (argument.Length > 0 && (!Period.TryParse(argument, out period) || period.Kind == PeriodKind.Quarter))
        {
            context.Reply(context.T.EmulationUsage(Period.LastClosedMonth(clock.Today())));
            return Task.CompletedTask;
        }
        period ??= Period.LastClosedMonth(clock.Today());
        var table = tables.For(period);
        var asOf = clock.ToLocal(table.AsOfUtc);
        if (context.Can(Permission.AllUnits))
            context.Reply(context.T.EmulationTable(table, tables.Weights, groups, asOf), [[new Button(context.T.EmulationExportButton, $"{EmulationExportButton.Prefix}:{period}")]]);
        else
            context.Reply(context.T.EmulationOwnLine(table, table.Rows.FirstOrDefault(r => r.Unit.Code == context.UnitCode), asOf));
        return Task.CompletedTask;
    }
}
