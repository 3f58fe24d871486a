using Par.Bot.Handlers.Routing;
using Par.Bot.Handlers.Tasks;
using Par.Bot.Hosting;
using Par.Core.Access;
using Par.Core.Dossiers;
using Par.Core.Tasks;

namespace Par.Bot.Handlers.Dossiers;

/// <summary>
/// /done CODE [result]: marks one of the unit's dossiers settled now, or reports a task (<c>T-12</c>) done
/// with its result — asked for when not given.
/// </summary>
public sealed class DoneCommand(IDossierStore dossiers, TaskCompletion tasks, ProvinceClock clock) : ICommand
{
    public string Name => "done";
    public Permission Permission => Permission.MarkDone;

    public Task HandleAsync(BotContext context, CancellationToken cancellationToken)
    {
        var args = context.Args.Trim();
        var space = args.IndexOfAny([' ', '\n', '\t']);
        var (code, result) = space < 0 ? (args, "") : (args[..space], args[(space + 1)..].Trim());
        if (code.Length == 0)
            context.Reply(context.T.DoneUsage);
        else if (TaskCode.TryParse(code, out var number) && result.Length > 0)
            tasks.Finish(context, number, result);
        else if (TaskCode.TryParse(code, out number))
            tasks.AskResult(context, number);
        else if (context.UnitCode is not { } unitCode)
            context.Reply(context.T.DoneDossierNeedsUnit);
        else
            FinishDossier(context, unitCode, code.ToUpperInvariant());
        return Task.CompletedTask;
    }

    private void FinishDossier(BotContext context, string unitCode, string code)
    {
        var dossier = dossiers.Find(unitCode, code);
        if (dossier is null)
            context.Reply(context.T.DossierNotFound(code));
        else if (dossier.Status != DossierStatus.Processing)
            context.Reply(context.T.DossierAlreadyClosed(dossier));
        else if (dossiers.Finish(unitCode, code, clock.UtcNow.UtcDateTime) is { } finished)
            context.Reply(context.T.DossierDone(finished, clock.ToLocal(finished.FinishedUtc!.Value)));
        else
            context.Reply(context.T.DossierAlreadyClosed(dossier));
    }
}
