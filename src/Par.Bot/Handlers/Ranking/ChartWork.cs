using Par.Bot.Handlers.Routing;
using Par.Bot.Texts;
using Par.Bot.Work;
using Par.Core.Outbox;
using Par.Core.Periods;
using Par.Core.Ranking;
using Par.Core.Units;
using Par.Core.Work;

namespace Par.Bot.Handlers.Ranking;

/// <summary>
/// The background half of /top: the group's leaderboard as a picture, the asker's unit highlighted. Its
/// acknowledgement is the leaderboard itself, sent at once and left as it is; the picture follows it.
/// </summary>
public sealed class ChartWork(RankingService ranking, UnitGroups groups, IUnitStore units, RankingChart chart, WorkContexts contexts)
    : IBackgroundWork
{
    public WorkKind Kind => WorkKind.Chart;

    public static WorkItem Item(BotContext context, UnitGroup group, Period period, Unit? own) =>
        WorkContexts.Item(context, WorkKind.Chart, group.Code, period.ToString(), own?.Code ?? "");

    public string? Finished(ITexts t, WorkItem item) => null;

    public string Interrupted(ITexts t, WorkItem item) => t.ChartInterrupted(groups.Of(item.Arguments[0]), WorkContexts.PeriodOf(item, 1));

    public string Failed(ITexts t, WorkItem item) => t.ChartFailed(groups.Of(item.Arguments[0]), WorkContexts.PeriodOf(item, 1));

    public Task RunAsync(WorkItem item, ProgressMessage progress, CancellationToken cancellationToken) =>
        contexts.AnswerAsync(item, context => Draw(context, groups.Of(item.Arguments[0]), WorkContexts.PeriodOf(item, 1), item.Arguments[2]));

    private void Draw(BotContext context, UnitGroup group, Period period, string ownCode)
    {
        var result = ranking.Rank(group.Code, period);
        if (result.Average is not { } average)
            return;
        var byCode = units.List(includeArchived: true).ToDictionary(u => u.Code, StringComparer.OrdinalIgnoreCase);
        // Bars as long as the published score, so units tied on it look tied.
        var bars = result.Entries
            .Where(entry => entry.Reported)
            .Select(entry => new ChartBar(
                $"{entry.Place}. {byCode[entry.UnitCode].Name}{(entry.IsFromMonths ? context.T.FromMonthsMark : "")}",
                (double)entry.PublishedScore,
                RankingNumbers.Score(entry.Score, context.T.Language),
                string.Equals(entry.UnitCode, ownCode, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        var png = chart.Render(context.T.ChartTitle(group, period), bars, (double)average, context.T.ChartAverage(average), context.T.ChartAxis);
        var caption = context.T.TopCaption(group, period)
            + (result.Entries.Any(entry => entry.IsFromMonths) ? "\n" + context.T.FromMonthsFootnote(period) : "");
        context.ReplyWith(new Attachment { Kind = AttachmentKind.Photo, Content = png, FileName = "top.png" }, caption);
    }
}
