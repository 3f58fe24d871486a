using Par.Bot.Handlers.Routing;
using Par.Bot.Hosting;
using Par.Bot.Telegram;
using Par.Bot.Work;
using Par.Core.Access;
using Par.Core.Outbox;
using Par.Core.Periods;
using Par.Core.Ranking;
using Par.Core.Units;
using Par.Core.Work;

namespace Par.Bot.Handlers.Ranking;

/// <summary>
/// /top [GROUP] [PERIOD]: the group's leaderboard as text at once, then (<see cref="ChartWork"/>, in the background)
/// as a picture with the asker's unit highlighted. The group defaults to the asker's (admins: the first configured),
/// the period to the latest reported.
/// </summary>
public sealed class TopCommand(RankingService ranking, UnitGroups groups, IUnitStore units, IWorkStore work, WorkRunner runner, ProvinceClock clock)
    : ICommand
{
    public string Name => "top";

    public Permission Permission => Permission.ViewTop;

    public Task HandleAsync(BotContext context, CancellationToken cancellationToken)
    {
        var own = context.UnitCode is { } code ? units.Find(code) : null;
        var today = clock.Today();
        Period? period = null;
        var words = new List<string>();
        var tokens = CommandLine.Tokens(context.Args);
        for (var next = 0; next < tokens.Count;)
        {
            var count = PeriodWords.Count(tokens, next);
            if (count == 0)
            {
                words.Add(tokens[next++]);
                continue;
            }

            var periodText = string.Join(' ', tokens.Skip(next).Take(count));
            if (!Period.TryParse(periodText, out period))
            {
                context.Reply(context.T.BadPeriodReply(periodText, today));
                return Task.CompletedTask;
            }

            next += count;
        }

        // A group may be typed in several words (khối xã), so whatever is not the period names it.
        var group = words.Count == 0 ? groups.Of(own?.Group ?? groups.All[0].Code) : groups.Find(string.Join(' ', words));
        if (group is null)
        {
            context.Reply(context.T.TopUsage(groups, today));
            return Task.CompletedTask;
        }

        period ??= own is null ? ranking.DefaultPeriod(today) : ranking.DefaultPeriod(own.Code, today);
        Answer(context, group, period, own);
        return Task.CompletedTask;
    }

    private void Answer(BotContext context, UnitGroup group, Period period, Unit? own)
    {
        var result = ranking.Rank(group.Code, period);
        if (result.Average is null)
        {
            context.Reply(context.T.TopEmpty(group, period));
            return;
        }

        var byCode = units.List(includeArchived: true).ToDictionary(u => u.Code, StringComparer.OrdinalIgnoreCase);
        var leaderboard = new OutgoingMessage { ChatId = context.ChatId, Text = context.T.Leaderboard(group, period, result, byCode, own?.Code) };
        work.Queue(ChartWork.Item(context, group, period, own), leaderboard);
        runner.Wake();
    }
}
