using Par.Bot.Handlers.Routing;
using Par.Bot.Hosting;
using Par.Bot.Work;
using Par.Core.Access;
using Par.Core.Outbox;
using Par.Core.Periods;
using Par.Core.Ranking;
using Par.Core.Work;

namespace Par.Bot.Handlers.Ranking;

/// <summary>/export [PERIOD] (admins): acknowledged at once; <see cref="ExportWork"/> sends the table in the background.</summary>
public sealed class ExportCommand(RankingService ranking, IWorkStore work, WorkRunner runner, ProvinceClock clock) : ICommand
{
    public string Name => "export";

    public Permission Permission => Permission.Export;

    public Task HandleAsync(BotContext context, CancellationToken cancellationToken)
    {
        var argument = context.Args.Trim();
        var today = clock.Today();
        Period? period = null;
        if (argument.Length > 0 && !Period.TryParse(argument, out period))
        {
            context.Reply(context.T.BadPeriodReply(argument, today));
            return Task.CompletedTask;
        }

        period ??= ranking.DefaultPeriod(today);
        work.Queue(ExportWork.Item(context, period), new OutgoingMessage { ChatId = context.ChatId, Text = context.T.ExportQueued(period) });
        runner.Wake();
        return Task.CompletedTask;
    }
}
