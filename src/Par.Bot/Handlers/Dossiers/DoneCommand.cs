using Par.Bot.Handlers.Routing;
using Par.Bot.Handlers.Tasks;
using Par.Bot.Hosting;
using Par.Core.Access;
using Par.Core.Dossiers;
using Par.Core.Tasks;

namespace Par.Bot.Handlers.Dossiers;

/// <summary>
/// /done CODE [result]: marks one of the unit's dossiers settled now, or reports a task (<c>T-12</c>) done
/// with its result — asked for when not given. Without a code a member is offered the unit's open items as buttons.
/// </summary>
public sealed class DoneCommand(DossierCompletion dossiers, TaskCompletion tasks, UnitItemPages pages, ProvinceClock clock) : ICommand
{
    public string Name => "done";
    public Permission Permission => Permission.MarkDone;

    public Task HandleAsync(BotContext context, CancellationToken cancellationToken)
    {
        var args = context.Args.Trim();
        var space = args.IndexOfAny([' ', '\n', '\t']);
        var (code, result) = space < 0 ? (args, "") : (args[..space], args[(space + 1)..].Trim());
        if (code.Length == 0 && context.UnitCode is { } ownUnit)
            pages.Show(context, ItemListKind.Open, ownUnit, 1, edit: false);
        else if (code.Length == 0)
            context.Reply(context.T.DoneUsage);
        else if (TaskCode.TryParse(code, out var number) && result.Length > 0)
            tasks.Finish(context, number, result);
        else if (TaskCode.TryParse(code, out number))
            tasks.AskResult(context, number);
        else if (context.UnitCode is not { } unitCode)
            context.Reply(context.T.DoneDossierNeedsUnit);
        else
            FinishDossier(context, unitCode, code);
        return Task.CompletedTask;
    }

    private void FinishDossier(BotContext context, string unitCode, string code)
    {
        var outcome = dossiers.Finish(unitCode, code, clock.UtcNow.UtcDateTime);
        context.Reply(outcome switch
        {
            { Problem: DossierProblem.NotFound } => context.T.DossierNotFound(code.ToUpperInvariant()),
            { Problem: DossierProblem.AlreadyClosed } => context.T.DossierAlreadyClosed(outcome.Dossier!),
            _ => context.T.DossierDone(outcome.Dossier!, clock.ToLocal(outcome.Dossier!.FinishedUtc!.Value)),
        });
    }
}
