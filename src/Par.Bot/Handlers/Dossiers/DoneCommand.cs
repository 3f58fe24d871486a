using Par.Bot.Handlers.Routing;
using Par.Bot.Handlers.Tasks;
using Par.Bot.Hosting;
using Par.Core.Access;
using Par.Core.Dossiers;
using Par.Core.Tasks;

namespace Par.Bot.Handlers.Dossiers;

/// <summary>
/// /done CODE [result]: marks one of the unit's dossiers settled now (an admin names the unit: <c>/done UNIT CODE</c>),
/// or reports a task (<c>T-12</c>) done with its result — asked for when not given. Without a code a member is offered
/// the unit's open items as buttons. As a file's caption only <c>/done T-12 result</c> runs, with the file as the task's evidence.
/// </summary>
public sealed class DoneCommand(DossierCompletion dossiers, TaskCompletion tasks, UnitItemPages pages, ProvinceClock clock) : ICommand
{
    public string Name => "done";
    public Permission Permission => Permission.MarkDone;
    public bool TakesFile(BotContext context) => TaskCode.TryParse(FirstWord(context.Args).Word, out _);

    public Task HandleAsync(BotContext context, CancellationToken cancellationToken)
    {
        var (code, result) = FirstWord(context.Args);
        if (context.Evidence() is not null && !(TaskCode.TryParse(code, out _) && result.Length > 0))
            context.Reply(context.T.TaskFileCaptionUsage);
        else if (code.Length == 0 && context.UnitCode is { } ownUnit)
            pages.Show(context, ItemListKind.Open, ownUnit, 1, edit: false);
        else if (code.Length == 0)
            context.Reply(context.Can(Permission.AllUnits) ? context.T.DoneDossierNeedsUnit : context.T.DoneUsage);
        else if (TaskCode.TryParse(code, out var number) && result.Length > 0)
            tasks.Finish(context, number, result);
        else if (TaskCode.TryParse(code, out number))
            tasks.AskResult(context, number);
        else if (!context.Can(Permission.AllUnits))
            FinishDossier(context, context.UnitCode!, code);
        else if (FirstWord(result).Word is { Length: > 0 } dossierCode)
            FinishDossier(context, code, dossierCode);
        else
            context.Reply(context.T.DoneDossierNeedsUnit);
        return Task.CompletedTask;
    }

    private void FinishDossier(BotContext context, string unitCode, string code)
    {
        var outcome = dossiers.Finish(context.Actor, unitCode, code, clock.UtcNow.UtcDateTime);
        context.Reply(outcome switch
        {
            { Problem: null } => context.T.DossierDone(outcome.Dossier!, clock.ToLocal(outcome.Dossier!.FinishedUtc!.Value)),
            { Problem: DossierProblem.UnknownUnit } => context.T.UnitNotFound(unitCode),
            { Problem: DossierProblem.AlreadyClosed } => context.T.DossierAlreadyClosed(outcome.Dossier!),
            // A member names only their own unit's dossiers; another unit's are not theirs to see.
            _ => context.T.DossierNotFound(code.ToUpperInvariant()),
        });
    }

    private static (string Word, string Remainder) FirstWord(string text)
    {
        var trimmed = text.Trim();
        var space = trimmed.IndexOfAny([' ', '\n', '\t']);
        return space < 0 ? (trimmed, "") : (trimmed[..space], trimmed[(space + 1)..].Trim());
    }
}
