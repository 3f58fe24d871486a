using Par.Bot.Handlers.Routing;
using Par.Bot.Hosting;
using Par.Bot.Telegram;
using Par.Core.Access;
using Par.Core.Periods;

namespace Par.Bot.Handlers.Ranking;

/// <summary>/period lock|unlock PERIOD (admins): a locked period's reports can no longer change. The period may take several words (<c>quý 3/2026</c>).</summary>
public sealed class PeriodCommand(IPeriodLockStore locks, ProvinceClock clock) : ICommand
{
    public string Name => "period";

    public Permission Permission => Permission.LockPeriod;

    public Task HandleAsync(BotContext context, CancellationToken cancellationToken)
    {
        var args = CommandLine.Tokens(context.Args);
        var verb = args.Count > 0 ? args[0].ToLowerInvariant() : null;
        var periodText = string.Join(' ', args.Skip(1));
        if (args.Count < 2 || verb is not ("lock" or "unlock"))
        {
            context.Reply(context.T.PeriodUsage(locks.List(), clock.Today()));
        }
        else if (!Period.TryParse(periodText, out var period))
        {
            context.Reply(context.T.BadPeriodReply(periodText, clock.Today()));
        }
        else if (verb == "lock")
        {
            context.Reply(locks.Lock(period, context.UserId, clock.UtcNow.UtcDateTime)
                ? context.T.PeriodLocked(period)
                : context.T.PeriodAlreadyLocked(period));
        }
        else
        {
            context.Reply(locks.Unlock(period) ? context.T.PeriodUnlocked(period) : context.T.PeriodWasNotLocked(period));
        }

        return Task.CompletedTask;
    }
}
