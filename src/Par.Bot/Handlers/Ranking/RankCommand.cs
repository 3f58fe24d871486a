using Par.Bot.Handlers.Routing;
using Par.Bot.Hosting;
using Par.Bot.Telegram;
using Par.Core.Access;
using Par.Core.Periods;
using Par.Core.Ranking;
using Par.Core.Units;

namespace Par.Bot.Handlers.Ranking;

/// <summary>
/// /rank [UNIT] [PERIOD]: a unit's score, band, place, change since the previous period, group average, weakest
/// indicators and reference values. Members see their own unit; admins any. The period defaults to the latest reported.
/// </summary>
public sealed class RankCommand(RankingService ranking, IUnitStore units, UnitGroups groups, ProvinceClock clock) : ICommand
{
    public string Name => "rank";

    public Permission Permission => Permission.ViewRank;
    public bool Writes(BotContext context) => false;

    public Task HandleAsync(BotContext context, CancellationToken cancellationToken)
    {
        string? unitCode = null;
        string? periodText = null;
        var tokens = CommandLine.Tokens(context.Args);
        for (var next = 0; next < tokens.Count;)
        {
            var count = PeriodWords.Count(tokens, next);
            if (count > 0)
            {
                periodText = string.Join(' ', tokens.Skip(next).Take(count));
                next += count;
            }
            else
            {
                unitCode = tokens[next++];
            }
        }

        Answer(context, unitCode ?? context.UnitCode, periodText);
        return Task.CompletedTask;
    }

    private void Answer(BotContext context, string? unitCode, string? periodText)
    {
        Period? period = null;
        if (unitCode is null)
        {
            context.Reply(context.T.RankUsage(clock.Today()));
        }
        else if (!context.Can(Permission.ViewRank, unitCode))
        {
            context.Reply(context.T.RankOwnUnitOnly);
        }
        else if (periodText is not null && !Period.TryParse(periodText, out period))
        {
            context.Reply(context.T.BadPeriodReply(periodText, clock.Today()));
        }
        else if (units.Find(unitCode) is not { } unit)
        {
            context.Reply(context.T.UnitNotFound(unitCode));
        }
        else if (unit.Archived)
        {
            context.Reply(context.T.UnitIsArchived(unit));
        }
        else
        {
            period ??= ranking.DefaultPeriod(unit.Code, clock.Today());
            var standing = ranking.Standing(unit.Code, period)!;
            context.Reply(standing.Comparison.Current.Reported ? context.T.RankAnswer(standing, groups.Of(unit.Group)) : context.T.RankNotReported(unit, period));
        }
    }
}
