using Par.Bot.Handlers.Routing;
using Par.Bot.Hosting;
using Par.Core.Access;
using Par.Core.Periods;
using Par.Core.Reports;

namespace Par.Bot.Handlers.Ranking;

/// <summary>
/// /report: without values starts the guided flow (<see cref="ReportWizard"/>); with values stores the one-line form,
/// <c>/report [UNIT] [PERIOD] CODE=VALUE …</c>, all or nothing. The unit defaults to the user's, the period to the last closed month.
/// </summary>
public sealed class ReportCommand(ReportService reports, ReportWizard wizard, ProvinceClock clock, DeputyReportNotice notice) : ICommand
{
    public string Name => "report";

    public Permission Permission => Permission.ReportFor;

    public Task HandleAsync(BotContext context, CancellationToken cancellationToken)
    {
        var line = ReportLine.Parse(context.Args);
        var unitCode = line.Unit ?? context.UnitCode;
        var today = clock.Today();
        if (unitCode is null)
        {
            context.Reply(context.T.ReportUsage(context.Can(Permission.AllUnits), today));
            return Task.CompletedTask;
        }

        if (line.PeriodText is { } periodText && !Period.TryParse(periodText, out _))
        {
            var problem = new ReportProblem(ReportProblemKind.BadPeriod, periodText);
            context.Reply(context.T.ReportRefused(unitCode, null, [problem], reports.Catalog, today, context.Can(Permission.LockPeriod), clock.Zone));
            return Task.CompletedTask;
        }

        // No period typed, or one the wizard asks again for: both start without one.
        _ = Period.TryParse(line.PeriodText, out var period);
        if (line.Values.Length == 0)
        {
            wizard.Start(context, unitCode, period);
            return Task.CompletedTask;
        }

        period ??= Period.LastClosedMonth(today);
        var outcome = reports.SubmitLine(context.Actor, unitCode, period, line.Values, today);
        context.Reply(outcome.IsSaved
            ? context.T.ReportSaved(outcome.Unit!, period, outcome, reports.Score(outcome.Unit!.Code, period, outcome.Report!.Values))
            : context.T.ReportRefused(outcome.Unit?.Code ?? unitCode, period, outcome.Problems, reports.Catalog, today, context.Can(Permission.LockPeriod), clock.Zone));
        notice.Tell(context, outcome, period);
        return Task.CompletedTask;
    }
}
