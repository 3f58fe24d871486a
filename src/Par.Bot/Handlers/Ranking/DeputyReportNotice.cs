using Par.Bot.Handlers.Routing;
using Par.Core.Indicators;
using Par.Core.Members;
using Par.Core.Outbox;
using Par.Core.Periods;
using Par.Core.Reports;

namespace Par.Bot.Handlers.Ranking;

/// <summary>
/// Tells the unit's head when a deputy sent or changed the unit's report, with the score before and after: the head
/// answers for the unit's figures and must not learn of a change from the ranking.
/// </summary>
public sealed class DeputyReportNotice(IMemberStore members, NotificationRecipients recipients, ReportService reports)
{
    public void Tell(BotContext context, ReportOutcome outcome, Period period)
    {
        if (context.Role != Role.Deputy || !outcome.IsSaved || outcome.Changes.Count == 0)
            return;
        var unit = outcome.Unit!;
        var before = Before(outcome);
        var scoreBefore = before.Count == 0 ? (decimal?)null : reports.Score(unit.Code, period, before).Score;
        var scoreAfter = reports.Score(unit.Code, period, outcome.Report!.Values).Score;
        foreach (var head in members.ListByUnit(unit.Code).Where(m => m.UnitRole == Role.Head && m.UserId != context.UserId))
        {
            if (recipients.User(head.UserId) is { } to)
            {
                context.Send(new OutgoingMessage
                {
                    ChatId = to.ChatId,
                    Text = to.T.DeputyReported(context.UserName, unit, period, outcome.Changes.Count, scoreBefore, scoreAfter),
                });
            }
        }
    }

    /// <summary>The report as it was: the stored values with each change undone.</summary>
    private static Dictionary<string, IndicatorValue> Before(ReportOutcome outcome)
    {
        var values = new Dictionary<string, IndicatorValue>(outcome.Report!.Values, StringComparer.OrdinalIgnoreCase);
        foreach (var change in outcome.Changes)
        {
            if (change.Old is { } old)
                values[change.Code] = old;
            else
                values.Remove(change.Code);
        }
        return values;
    }
}
