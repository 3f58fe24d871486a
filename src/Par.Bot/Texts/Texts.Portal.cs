using Par.Core.Periods;
using Par.Core.Portal;
using Par.Core.Ranking;
using Par.Core.Units;
using static Par.Bot.Telegram.Html;

namespace Par.Bot.Texts;

public sealed partial class Texts
{
    /// <summary>Enough lines to see what went wrong, few enough to stay one message.</summary>
    private const int MaxPortalLines = 15;

    public string PortalAskPeriod(int files) => Say(Phrases.PortalAskPeriod, files);

    public string PortalPeriodButton(Period period) => PeriodName(period);

    public string PortalImported(PortalImportResult result)
    {
        var lines = new List<string> { Say(Phrases.PortalImportTitle, PeriodName(result.Period)) };
        lines.AddRange(result.Files.Select(PortalFileLine));
        var disagreements = result.Files.SelectMany(file => file.Disagreements).ToList();
        if (disagreements.Count > 0)
        {
            lines.Add("\n" + Say(Phrases.PortalDisagreements, disagreements.Count));
            lines.AddRange(disagreements.Take(MaxPortalLines).Select(found => Say(
                Phrases.PortalDisagreementLine, E(found.Unit.Name), E(found.Metric.ShortName(language)),
                PortalScore(found.Official), PortalScore(found.Computed))));
        }

        if (result.Unlinked.Count > 0)
        {
            lines.Add("\n" + Say(Phrases.PortalUnlinked, result.Unlinked.Count));
            lines.AddRange(result.Unlinked.Take(MaxPortalLines).Select(unit => Say(
                Phrases.PortalUnlinkedLine, unit.Code is { } code ? Code(code) : "—", E(Short(unit.Name)), E(unit.Level ?? ""))));
            if (result.Unlinked.Any(unit => unit.Code is null))
            {
                lines.Add(Say(Phrases.PortalUnlinkedWithoutCode));
            }
        }

        return string.Join('\n', lines);
    }

    public string PortalCreateButton(int count) => Say(Phrases.PortalCreateButton, count);

    public string PortalUnitsCreated(IReadOnlyList<Unit> created) => created.Count == 0
        ? Say(Phrases.PortalNothingToCreate)
        : string.Join('\n', created.Take(MaxPortalLines).Select(unit => $"• {Code(unit.Code)} {E(unit.Name)}")
            .Prepend(Say(Phrases.PortalUnitsCreated, created.Count)));

    public string PortalEmptyArchive => Say(Phrases.PortalEmptyArchive);

    /// <summary>Each group of the index with its points earned and lost, for <c>/rank</c>; nothing for a catalogue without groups.</summary>
    private IEnumerable<string> RankGroupLines(IReadOnlyList<GroupScore> groups) => groups.Count == 0 ? [] : groups
        .Select(group => Say(
            Phrases.RankGroupLine, E(group.Group.Name(language)), RankingNumbers.Score(group.Earned, language),
            RankingNumbers.Rate(group.Group.Max, language), RankingNumbers.Score(group.Lost, language)))
        .Prepend("\n" + Say(Phrases.RankGroupsTitle));

    /// <summary>
    /// A metric of the index that loses points: its rate, its points out of its maximum, the portal's score when Par
    /// computes another, and what it would take to win the lost points back.
    /// </summary>
    private string RankMetricLine(ScoreLine line)
    {
        var rate = line.Value is { } value ? RankingNumbers.Percent(value.Rate, language) : "—";
        var flag = line.Official is { Disagrees: true } official
            ? Say(Phrases.RankPortalDisagrees, PortalScore(official.Official), PortalScore(official.Computed))
            : "";
        var advice = PointsToWin.For(line) is { } win
            ? Say(
                Phrases.RankAdvice, win.Needed.ToString("#,0", language.Numbers), E(win.Count(language) ?? Say(Phrases.RankAdviceCases)),
                RankingNumbers.Percent(win.FullRate, language), RankingNumbers.Score(win.Gain, language))
            : "";
        return Say(
            Phrases.RankMetricLine, E(line.Indicator.ShortName(language)), rate, RankingNumbers.Score(line.Earned, language),
            RankingNumbers.Rate(line.Points, language), flag, advice);
    }

    /// <summary>The imported metrics whose published score is not Par's, besides those already shown among the weakest.</summary>
    private IEnumerable<string> RankDisagreementLines(ScoreCard card, IReadOnlyList<ScoreLine> shown)
    {
        var others = card.Lines.Where(line => line.Official is { Disagrees: true } && !shown.Any(weak => weak.Code == line.Code)).ToList();
        return others.Count == 0 ? [] : others
            .Select(line => Say(
                Phrases.PortalDisagreementLine, "", E(line.Indicator.ShortName(language)), PortalScore(line.Official!.Official), PortalScore(line.Official.Computed)))
            .Prepend("\n" + Say(Phrases.RankDisagreementsTitle));
    }

    /// <summary>A score as the portal shows it, or "not scored".</summary>
    private string PortalScore(decimal? score) => score is { } value ? RankingNumbers.Score(value, language) : Say(Phrases.PortalNotScored);

    private string PortalFileLine(PortalFileOutcome file) => file.Error is { } error
        ? Say(Phrases.PortalFileRefused, E(Short(file.Name)), PortalError(error))
        : Say(file.Replaced ? Phrases.PortalFileReplaced : Phrases.PortalFileStored, E(Short(file.Name)), E(file.Group!.Name(language)), file.Units);

    private string PortalError(PortalFileError error)
    {
        var (detail, unit) = (E(Short(error.Detail)), E(Short(error.Unit)));
        return error.Kind switch
        {
            PortalFileErrorKind.TooLarge => Say(Phrases.PortalTooLarge, int.Parse(error.Detail, System.Globalization.CultureInfo.InvariantCulture) / (1024 * 1024)),
            PortalFileErrorKind.NotJson => Say(Phrases.PortalNotJson),
            PortalFileErrorKind.UnknownShape => Say(Phrases.PortalUnknownShape, detail),
            PortalFileErrorKind.NotOk => Say(Phrases.PortalNotOk, detail, unit),
            PortalFileErrorKind.UnknownMetric => Say(Phrases.PortalUnknownMetric, detail, unit),
            PortalFileErrorKind.NotANumber => Say(Phrases.PortalNotANumber, unit, detail),
            PortalFileErrorKind.MissingId => Say(Phrases.PortalMissingId, unit),
            PortalFileErrorKind.ConflictingIds => Say(Phrases.PortalConflictingIds, unit, detail),
            _ => Say(Phrases.PortalPeriodLocked, detail),
        };
    }

    internal static partial class Phrases
    {
        public static readonly Phrase PortalAskPeriod = new("files", count: "files");
        public static readonly Phrase PortalImportTitle = new("period");
        public static readonly Phrase PortalFileStored = new("file group units", count: "units");
        public static readonly Phrase PortalFileReplaced = new("file group units", count: "units");
        public static readonly Phrase PortalFileRefused = new("file reason");
        public static readonly Phrase PortalDisagreements = new("count");
        public static readonly Phrase PortalDisagreementLine = new("unit metric official computed");
        public static readonly Phrase PortalNotScored = new();
        public static readonly Phrase PortalUnlinked = new("count", count: "count");
        public static readonly Phrase PortalUnlinkedLine = new("code name level");
        public static readonly Phrase PortalUnlinkedWithoutCode = new();
        public static readonly Phrase PortalCreateButton = new("count", count: "count");
        public static readonly Phrase PortalUnitsCreated = new("count", count: "count");
        public static readonly Phrase PortalNothingToCreate = new();
        public static readonly Phrase PortalEmptyArchive = new();
        public static readonly Phrase PortalTooLarge = new("megabytes");
        public static readonly Phrase PortalNotJson = new();
        public static readonly Phrase PortalUnknownShape = new("detail");
        public static readonly Phrase PortalNotOk = new("code message");
        public static readonly Phrase PortalUnknownMetric = new("code unit");
        public static readonly Phrase PortalNotANumber = new("unit detail");
        public static readonly Phrase PortalMissingId = new("unit");
        public static readonly Phrase PortalConflictingIds = new("unit detail");
        public static readonly Phrase PortalPeriodLocked = new("period");
        public static readonly Phrase RankGroupsTitle = new();
        public static readonly Phrase RankGroupLine = new("group earned max lost");
        public static readonly Phrase RankMetricLine = new("indicator rate earned points flag advice");
        public static readonly Phrase RankPortalDisagrees = new("official computed");
        public static readonly Phrase RankAdvice = new("needed count rate gain");
        public static readonly Phrase RankAdviceCases = new();
        public static readonly Phrase RankDisagreementsTitle = new();
    }
}
