using Par.Core.Indicators;
using Par.Core.Periods;
using Par.Core.Ranking;
using Par.Core.Units;

namespace Par.Bot.Texts;

/// <summary>Strings of standing: <c>/rank</c>, <c>/top</c> and its picture, <c>/export</c>, unit mergers.</summary>
public partial interface ITexts
{
    string RankUsage(DateOnly today);
    string RankOwnUnitOnly { get; }
    string UnitIsArchived(Unit unit);
    string RankAnswer(UnitStanding standing, UnitGroup group);
    string RankNotReported(Unit unit, Period period);

    string TopUsage(UnitGroups groups, DateOnly today);
    string TopEmpty(UnitGroup group, Period period);
    string Leaderboard(UnitGroup group, Period period, GroupRanking ranking, IReadOnlyDictionary<string, Unit> units, string? ownUnit);
    string TopCaption(UnitGroup group, Period period);
    /// <summary>Plain text: it is drawn on the picture.</summary>
    string ChartTitle(UnitGroup group, Period period);
    string ChartAxis { get; }
    string ChartAverage(decimal average);

    string ExportEmpty(Period period);
    string ExportCaption(Period period, int units);
    string ExportQueued(Period period);
    string ExportFinished(Period period);
    string ExportInterrupted(Period period);
    string ExportFailed(Period period);
    string ChartInterrupted(UnitGroup group, Period period);
    string ChartFailed(UnitGroup group, Period period);
    string ExportHeader(string column);
    string ExportRateHeader(string code);
    string ExportPointsHeader(string code);
    string ExportNumeratorHeader(string code);
    string ExportDenominatorHeader(string code);
    string ExportOfficialHeader(string code);
    string ExportComputedHeader(string code);
    string ExportGroupHeader(IndicatorGroupDefinition group);

    string UnitsMerged(Unit merged, UnitGroup group, IReadOnlyList<Unit> archived, int movedMembers);
    string UnitMergeRefused(IReadOnlyList<UnitMergeProblem> problems, UnitGroups groups);
    string YourUnitWasMerged(Unit merged);
}
