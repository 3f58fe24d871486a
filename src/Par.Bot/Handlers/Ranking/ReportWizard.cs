using System.Globalization;
using Par.Bot.Handlers.Routing;
using Par.Bot.Hosting;
using Par.Core.Access;
using Par.Core.Conversations;
using Par.Core.Indicators;
using Par.Core.Periods;
using Par.Core.Reports;
using Par.Core.Units;

namespace Par.Bot.Handlers.Ranking;

/// <summary>
/// The guided /report: pick the period, answer each indicator the portal gave no official figure for (type a value, or
/// skip / keep / reuse the previous one), review the summary with its score, confirm or edit. Typed answers get a new message; pressed buttons edit theirs.
/// Stored through <see cref="ReportService.Submit(Actor, string, Period, IReadOnlyList{Assignment}, DateOnly)"/>, so
/// the checks are the one-line form's. It is the flow that receives typed answers and the handler of its own buttons (<c>rp:…</c>).
/// </summary>
public sealed class ReportWizard(
    ReportService reports, ReportScreens screens, IUnitStore units, IConversationStore conversations, ProvinceClock clock, DeputyReportNotice notice)
    : IFlow, ICallbackHandler
{
    public string Name => ReportDraft.Flow;

    public string Prefix => ReportScreens.Prefix;

    public Permission Permission => Permission.ReportFor;

    public void Start(BotContext context, string unitCode, Period? period)
    {
        var today = clock.Today();
        var (unit, problems) = reports.CheckTarget(context.Actor, unitCode, period ?? Period.MonthOf(today), today);
        var blocking = period is null ? [.. problems.Where(p => p.IsAboutUnit)] : problems;
        if (blocking.Count > 0)
        {
            context.Reply(Refused(context, unit?.Code ?? unitCode, period, blocking, today));
            return;
        }

        var draft = ReportDraft.New(context.UserId, unit!.Code, context.UpdateId.ToString("x", CultureInfo.InvariantCulture));
        if (period is null)
        {
            Show(context, unit, draft, edit: false);
        }
        else
        {
            AskFirst(context, unit, draft, period, edit: false);
        }
    }

    /// <summary>Free text (a period or a value) typed during a guided report.</summary>
    public Task OnTextAsync(BotContext context, Conversation conversation, CancellationToken cancellationToken)
    {
        OnText(context, conversation);
        return Task.CompletedTask;
    }

    /// <summary>A pressed button, <c>NONCE:ACTION[:ARG]</c>; one from an older report or another step has expired.</summary>
    public Task HandleAsync(BotContext context, string payload, CancellationToken cancellationToken)
    {
        OnButton(context, payload);
        return Task.CompletedTask;
    }

    private void OnText(BotContext context, Conversation conversation)
    {
        if (ReportDraft.From(conversation) is not { } draft || units.Find(draft.UnitCode) is not { } unit)
        {
            conversations.Clear(context.UserId);
            context.Reply(context.T.NotUnderstood);
            return;
        }

        if (context.Document is not null)
        {
            context.Reply(context.T.ReportFlowBusy);
            return;
        }

        switch (draft.Step)
        {
            case ReportStep.Period:
                TypePeriod(context, unit, draft, context.Text.Trim());
                break;
            case ReportStep.Value:
                TypeValue(context, unit, draft, context.Text.Trim());
                break;
            default:
                context.Reply(context.T.ReportUseTheButtons);
                break;
        }
    }

    private void OnButton(BotContext context, string payload)
    {
        var parts = payload.Split(':', 3);
        var draft = ReportDraft.From(conversations.Find(context.UserId));
        if (draft is null || parts.Length < 2 || parts[0] != draft.Nonce || units.Find(draft.UnitCode) is not { } unit
            || !Press(context, unit, draft, parts[1], parts.Length > 2 ? parts[2] : ""))
        {
            context.CallbackAnswer = context.T.ButtonExpired;
        }
    }

    private bool Press(BotContext context, Unit unit, ReportDraft draft, string action, string argument)
    {
        var atIndex = argument == draft.Index.ToString(CultureInfo.InvariantCulture);
        switch (draft.Step, action)
        {
            case (_, "x"):
                conversations.Clear(context.UserId);
                context.EditPressed(context.T.Cancelled);
                return true;
            case (ReportStep.Period, "p") when Period.TryParse(argument, out var period):
                ChoosePeriod(context, unit, draft, period, edit: true);
                return true;
            case (ReportStep.Value, "k") when atIndex:
                Advance(context, unit, draft, edit: true);
                return true;
            case (ReportStep.Value, "u") when atIndex:
                UsePrevious(context, unit, draft);
                return true;
            case (ReportStep.Summary, "ok"):
                Confirm(context, unit, draft);
                return true;
            case (ReportStep.Summary, "ed"):
                draft.Step = ReportStep.Pick;
                Show(context, unit, draft, edit: true);
                return true;
            case (ReportStep.Pick, "e") when int.TryParse(argument, CultureInfo.InvariantCulture, out var index) && screens.Asked(unit, draft.Period!).Contains(index):
                (draft.Step, draft.Index, draft.ReturnToSummary) = (ReportStep.Value, index, true);
                Show(context, unit, draft, edit: true);
                return true;
            case (ReportStep.Pick, "s"):
                draft.Step = ReportStep.Summary;
                Show(context, unit, draft, edit: true);
                return true;
            default:
                return false;
        }
    }

    private void TypePeriod(BotContext context, Unit unit, ReportDraft draft, string text)
    {
        if (!Period.TryParse(text, out var period))
        {
            context.Reply(Refused(context, unit.Code, null, [new ReportProblem(ReportProblemKind.BadPeriod, text)], clock.Today()));
            Show(context, unit, draft, edit: false);
            return;
        }

        ChoosePeriod(context, unit, draft, period, edit: false);
    }

    private void ChoosePeriod(BotContext context, Unit unit, ReportDraft draft, Period period, bool edit)
    {
        var today = clock.Today();
        var (_, problems) = reports.CheckTarget(context.Actor, unit.Code, period, today);
        if (problems.Count > 0)
        {
            if (edit && problems is [{ Kind: ReportProblemKind.LockedPeriod }])
            {
                context.CallbackAnswer = context.T.PeriodIsLocked(period, context.Can(Permission.LockPeriod));
                return;
            }

            context.Reply(Refused(context, unit.Code, period, problems, today));
            Show(context, unit, draft, edit: false);
            return;
        }

        AskFirst(context, unit, draft, period, edit);
    }

    /// <summary>Asks the first indicator without an official figure; with none left there is nothing to report.</summary>
    private void AskFirst(BotContext context, Unit unit, ReportDraft draft, Period period, bool edit)
    {
        if (screens.Asked(unit, period) is not [var first, ..])
        {
            conversations.Clear(context.UserId);
            var text = context.T.ReportAllOfficial(unit, period);
            if (edit)
            {
                context.EditPressed(text);
            }
            else
            {
                context.Reply(text);
            }

            return;
        }

        (draft.Period, draft.Index, draft.Step) = (period, first, ReportStep.Value);
        Show(context, unit, draft, edit);
    }

    private void TypeValue(BotContext context, Unit unit, ReportDraft draft, string text)
    {
        var indicator = reports.Catalog.Items[draft.Index];
        var parsed = IndicatorValueParser.Parse(text);
        if (!parsed.IsSuccess)
        {
            context.Reply(context.T.ReportValueRefused(indicator, text, parsed.Error.Value));
            Show(context, unit, draft, edit: false);
            return;
        }

        draft.Enter(indicator.Code, parsed.Value);
        Advance(context, unit, draft, edit: false);
    }

    private void UsePrevious(BotContext context, Unit unit, ReportDraft draft)
    {
        var code = reports.Catalog.Items[draft.Index].Code;
        if (screens.PreviousValue(unit, draft.Period!, code) is { } previous)
        {
            draft.Enter(code, previous);
        }

        Advance(context, unit, draft, edit: true);
    }

    private void Advance(BotContext context, Unit unit, ReportDraft draft, bool edit)
    {
        var next = screens.Asked(unit, draft.Period!).Where(index => index > draft.Index).Cast<int?>().FirstOrDefault();
        if (draft.ReturnToSummary || next is null)
        {
            (draft.Step, draft.ReturnToSummary) = (ReportStep.Summary, false);
        }
        else
        {
            draft.Index = next.Value;
        }

        Show(context, unit, draft, edit);
    }

    private void Confirm(BotContext context, Unit unit, ReportDraft draft)
    {
        var entered = draft.Entered.Select(pair => new Assignment(pair.Key, pair.Value)).ToList();
        if (entered.Count == 0)
        {
            conversations.Clear(context.UserId);
            context.EditPressed(context.T.ReportNothingEntered);
            return;
        }

        var period = draft.Period!;
        var today = clock.Today();
        var outcome = reports.Submit(context.Actor, unit.Code, period, entered, today);
        // Only now: when storing fails the user is apologised to and can confirm again instead of typing every value anew.
        conversations.Clear(context.UserId);
        context.EditPressed(outcome.IsSaved
            ? context.T.ReportSaved(unit, period, outcome, reports.Score(unit.Code, period, outcome.Report!.Values))
            : Refused(context, unit.Code, period, outcome.Problems, today));
        notice.Tell(context, outcome, period);
    }

    /// <summary>Why nothing was stored; an admin is told how to unlock a locked period.</summary>
    private string Refused(BotContext context, string unitCode, Period? period, IReadOnlyList<ReportProblem> problems, DateOnly today) =>
        context.T.ReportRefused(unitCode, period, problems, reports.Catalog, today, context.Can(Permission.LockPeriod), clock.Zone);

    /// <summary>Saves the draft and shows its step: as a new message, or by editing the message whose button was pressed.</summary>
    private void Show(BotContext context, Unit unit, ReportDraft draft, bool edit)
    {
        conversations.Save(draft.ToConversation(clock.UtcNow.UtcDateTime));
        var (text, buttons) = draft.Step switch
        {
            ReportStep.Period => screens.ChoosePeriod(context.T, unit, draft, clock.Today()),
            ReportStep.Value => screens.Ask(context.T, unit, draft),
            ReportStep.Summary => screens.Summary(context.T, unit, draft),
            _ => screens.Pick(context.T, unit, draft),
        };
        if (edit)
        {
            context.EditPressed(text, buttons);
        }
        else
        {
            context.Reply(text, buttons);
        }
    }
}
