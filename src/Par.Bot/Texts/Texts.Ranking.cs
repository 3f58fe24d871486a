using Par.Core.Indicators;
using Par.Core.Periods;
using Par.Core.Ranking;
using Par.Core.Units;
using static Par.Bot.Telegram.Html;

namespace Par.Bot.Texts;

public sealed partial class Texts
{
    public string RankUsage(DateOnly today) => Say(Phrases.RankUsage, ExampleQuarter(today).ToString());

    public string RankOwnUnitOnly => Say(Phrases.RankOwnUnitOnly);

    public string UnitIsArchived(Unit unit) => Say(Phrases.UnitIsArchived, Code(unit.Code), Bold(unit.Name));

    public string RankAnswer(UnitStanding standing, UnitGroup group)
    {
        var (comparison, current) = (standing.Comparison, standing.Comparison.Current);
        var previous = PeriodName(standing.PreviousPeriod);
        var change = comparison is { PlaceChange: { } places, PointsChange: { } points }
            ? Say(Phrases.RankChange, PlaceChange(places), RankingNumbers.Signed(points, language), previous)
            : Say(Phrases.RankNoChange, previous);
        var lines = new List<string>
        {
            Say(
                Phrases.RankAnswer, Bold(standing.Unit.Name), PeriodName(standing.Period), RankingNumbers.Score(current.Score, language),
                BandName(current.Band), current.Place, comparison.Reporters, comparison.GroupSize, change),
            Say(Phrases.RankGroupAverage, GroupHtml(group), RankingNumbers.Score(comparison.GroupAverage ?? 0, language)),
        };
        if (current.IsFromMonths)
            lines.Add(FiguresFromMonths(standing.Period, current.FromMonths));
        lines.AddRange(RankGroupLines(standing.Groups));
        if (comparison.Weakest.Count > 0)
        {
            lines.Add("\n" + Say(Phrases.RankWeakest));
            lines.AddRange(comparison.Weakest.Select(line => line.Indicator.Group is not null ? RankMetricLine(line) : Say(
                Phrases.RankWeakLine,
                E(line.Indicator.ShortName(language)),
                line.Value is { } value
                    ? Say(Phrases.RankWeakValue, E(value.Display(language)), RankingNumbers.Percent(line.Indicator.Target, language))
                    : Say(Phrases.NotReported),
                RankingNumbers.Score(line.Lost, language))));
        }

        lines.AddRange(RankDisagreementLines(current.Card, comparison.Weakest));
        var compared = current.Card.Lines.Where(line => line.Value is not null && standing.References.ContainsKey(line.Code)).ToList();
        if (compared.Count > 0)
        {
            lines.Add("\n" + Say(Phrases.RankAgainstReferences));
            lines.AddRange(compared.Select(line => Say(
                Phrases.RankReferenceLine,
                E(line.Indicator.Name(language)),
                RankingNumbers.Percent(line.Value!.Rate, language),
                RankingNumbers.Percent(standing.References[line.Code], language))));
        }

        if (current.Card.Missing.Count > 0)
            lines.Add("\n" + Say(Phrases.RankMissing, CodeList(current.Card.Missing)));
        return string.Join('\n', lines);
    }

    public string RankNotReported(Unit unit, Period period) => Say(Phrases.RankNotReported, Bold(unit.Name), PeriodName(period), period.ToString());

    public string TopUsage(UnitGroups groups, DateOnly today) => Say(Phrases.TopUsage, GroupChoices(groups), ExampleMonth(today).ToString());

    public string TopEmpty(UnitGroup group, Period period) => Say(Phrases.TopEmpty, GroupHtml(group), PeriodName(period));

    public string Leaderboard(UnitGroup group, Period period, GroupRanking ranking, IReadOnlyDictionary<string, Unit> units, string? ownUnit)
    {
        var reported = ranking.Entries.Where(e => e.Reported).ToList();
        var lines = new List<string>
        {
            Say(Phrases.LeaderboardTitle, GroupHtml(group), PeriodName(period)),
            Say(Phrases.LeaderboardCounts, ranking.GroupSize, reported.Count, RankingNumbers.Score(ranking.Average ?? 0, language)),
            "",
        };
        foreach (var entry in reported)
        {
            var mark = entry.IsFromMonths ? FromMonthsMark : "";
            var line = $"{entry.Place}. {E(units[entry.UnitCode].Name)}{mark} — {RankingNumbers.Score(entry.Score, language)} ({BandName(entry.Band)})";
            lines.Add(string.Equals(entry.UnitCode, ownUnit, StringComparison.OrdinalIgnoreCase) ? $"<b>▶ {line}</b>" : line);
        }

        if (reported.Exists(e => e.IsFromMonths))
            lines.Add(FromMonthsFootnote(period));

        var silent = ranking.Entries.Where(e => !e.Reported).ToList();
        if (silent.Count > 0)
            lines.Add("\n" + Say(Phrases.LeaderboardSilent, silent.Count, string.Join(", ", silent.Select(e => E(units[e.UnitCode].Name)))));
        return string.Join('\n', lines);
    }

    public string TopCaption(UnitGroup group, Period period) => $"📊 {E(ChartTitle(group, period))}";

    public string ChartTitle(UnitGroup group, Period period) => Say(Phrases.ChartTitle, GroupName(group), PeriodName(period));

    public string ChartAxis => Say(Phrases.ChartAxis);

    public string ChartAverage(decimal average) => Say(Phrases.ChartAverage, RankingNumbers.Score(average, language));

    public string ExportEmpty(Period period) => Say(Phrases.ExportEmpty, PeriodName(period));

    public string ExportCaption(Period period, int units) => Say(Phrases.ExportCaption, PeriodName(period), units);

    public string ExportQueued(Period period) => Say(Phrases.ExportQueued, PeriodName(period));

    public string ExportFinished(Period period) => Say(Phrases.ExportFinished, PeriodName(period));

    public string ExportInterrupted(Period period) => Say(Phrases.ExportInterrupted, PeriodName(period));

    public string ExportFailed(Period period) => Say(Phrases.ExportFailed, PeriodName(period));

    public string ChartInterrupted(UnitGroup group, Period period) => Say(Phrases.ChartInterrupted, GroupName(group), PeriodName(period));

    public string ChartFailed(UnitGroup group, Period period) => Say(Phrases.ChartFailed, GroupName(group), PeriodName(period));

    public string ExportHeader(string column) => Phrases.ExportHeaders.TryGetValue(column, out var phrase) ? Say(phrase) : column;

    public string ExportRateHeader(string code) => Say(Phrases.ExportRateHeader, code);

    public string ExportPointsHeader(string code) => Say(Phrases.ExportPointsHeader, code);

    public string ExportNumeratorHeader(string code) => Say(Phrases.ExportNumeratorHeader, code);

    public string ExportDenominatorHeader(string code) => Say(Phrases.ExportDenominatorHeader, code);

    public string ExportOfficialHeader(string code) => Say(Phrases.ExportOfficialHeader, code);

    public string ExportComputedHeader(string code) => Say(Phrases.ExportComputedHeader, code);

    public string ExportGroupHeader(IndicatorGroupDefinition group) => Say(Phrases.ExportGroupHeader, group.Name(language));

    public string UnitsMerged(Unit merged, UnitGroup group, IReadOnlyList<Unit> archived, int movedMembers) => Say(
        Phrases.UnitsMerged, CodeList(archived.Select(u => u.Code)), Code(merged.Code), Bold(merged.Name), GroupHtml(group), movedMembers);

    public string UnitMergeRefused(IReadOnlyList<UnitMergeProblem> problems, UnitGroups groups) =>
        string.Join('\n', problems
            .Select(p => "• " + p.Kind switch
            {
                UnitMergeProblemKind.BadNewUnit => UnitProblem(p.UnitProblem ?? Core.Units.UnitProblem.BadCode, p.Value, groups),
                UnitMergeProblemKind.NewCodeTaken => Say(Phrases.MergeCodeTaken, Code(p.Value)),
                UnitMergeProblemKind.NoPredecessors => Say(Phrases.MergeNoPredecessors),
                UnitMergeProblemKind.UnknownUnit => Say(Phrases.UnitMissing, Code(p.Value)),
                UnitMergeProblemKind.AlreadyArchived => Say(Phrases.MergeUnitArchived, Code(p.Value)),
                _ => Say(Phrases.MergeUnitTwice, Code(p.Value)),
            })
            .Prepend(Say(Phrases.MergeRefused))
            .Append(Say(Phrases.NothingChanged)));

    public string YourUnitWasMerged(Unit merged) => Say(Phrases.YourUnitWasMerged, Bold(merged.Name), Code(merged.Code));

    private string PlaceChange(int places) => places switch
    {
        > 0 => Say(Phrases.PlacesUp, places),
        < 0 => Say(Phrases.PlacesDown, -places),
        _ => Say(Phrases.PlaceKept),
    };

    internal static partial class Phrases
    {
        public static readonly Phrase RankUsage = new("quarter");
        public static readonly Phrase RankOwnUnitOnly = new();
        public static readonly Phrase UnitIsArchived = new("code name");
        public static readonly Phrase RankChange = new("places points period");
        public static readonly Phrase RankNoChange = new("period");
        public static readonly Phrase RankAnswer = new("unit period score band place reporters size change");
        public static readonly Phrase RankGroupAverage = new("group score");
        public static readonly Phrase RankWeakest = new();
        public static readonly Phrase RankWeakLine = new("indicator value lost");
        public static readonly Phrase RankWeakValue = new("value target");
        public static readonly Phrase RankAgainstReferences = new();
        public static readonly Phrase RankReferenceLine = new("indicator rate reference");
        public static readonly Phrase RankMissing = new("codes");
        public static readonly Phrase RankNotReported = new("unit period code");
        public static readonly Phrase TopUsage = new("groups month");
        public static readonly Phrase TopEmpty = new("group period");
        public static readonly Phrase LeaderboardTitle = new("group period");
        public static readonly Phrase LeaderboardCounts = new("units reported average", count: "units");
        public static readonly Phrase LeaderboardSilent = new("count units");
        public static readonly Phrase ChartTitle = new("group period");
        public static readonly Phrase ChartAxis = new();
        public static readonly Phrase ChartAverage = new("average");
        public static readonly Phrase ExportEmpty = new("period");
        public static readonly Phrase ExportCaption = new("period units", count: "units");
        public static readonly Phrase ExportQueued = new("period");
        public static readonly Phrase ExportFinished = new("period");
        public static readonly Phrase ExportInterrupted = new("period");
        public static readonly Phrase ExportFailed = new("period");
        public static readonly Phrase ChartInterrupted = new("group period");
        public static readonly Phrase ChartFailed = new("group period");
        public static readonly Phrase ExportGroup = new();
        public static readonly Phrase ExportCode = new();
        public static readonly Phrase ExportName = new();
        public static readonly Phrase ExportScore = new();
        public static readonly Phrase ExportBand = new();
        public static readonly Phrase ExportPlace = new();
        public static readonly Phrase ExportReporters = new();
        public static readonly Phrase ExportSize = new();
        public static readonly Phrase ExportPlaceChange = new();
        public static readonly Phrase ExportPointsChange = new();
        public static readonly Phrase ExportMissing = new();
        public static readonly Phrase ExportFromMonths = new();
        public static readonly Phrase ExportRateHeader = new("code");
        public static readonly Phrase ExportNumeratorHeader = new("code");
        public static readonly Phrase ExportDenominatorHeader = new("code");
        public static readonly Phrase ExportOfficialHeader = new("code");
        public static readonly Phrase ExportComputedHeader = new("code");
        public static readonly Phrase ExportGroupHeader = new("group");
        public static readonly Phrase ExportPointsHeader = new("code");
        public static readonly Phrase UnitsMerged = new("old code name group members");
        public static readonly Phrase MergeRefused = new();
        public static readonly Phrase MergeCodeTaken = new("code");
        public static readonly Phrase MergeNoPredecessors = new();
        public static readonly Phrase MergeUnitArchived = new("code");
        public static readonly Phrase MergeUnitTwice = new("code");
        public static readonly Phrase NothingChanged = new();
        public static readonly Phrase YourUnitWasMerged = new("name code");
        public static readonly Phrase PlacesUp = new("places");
        public static readonly Phrase PlacesDown = new("places");
        public static readonly Phrase PlaceKept = new();

        public static readonly IReadOnlyDictionary<string, Phrase> ExportHeaders = new Dictionary<string, Phrase>
        {
            ["group"] = ExportGroup, ["code"] = ExportCode, ["name"] = ExportName, ["score"] = ExportScore, ["band"] = ExportBand,
            ["place"] = ExportPlace, ["reporters"] = ExportReporters, ["size"] = ExportSize, ["placeChange"] = ExportPlaceChange,
            ["pointsChange"] = ExportPointsChange, ["missing"] = ExportMissing, ["fromMonths"] = ExportFromMonths,
        };
    }
}
