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
    string RankAnswer(UnitStanding standing);
    string RankNotReported(Unit unit, Period period);

    string TopUsage(IReadOnlyList<string> groups, DateOnly today);
    string TopEmpty(string group, Period period);
    string Leaderboard(string group, Period period, GroupRanking ranking, IReadOnlyDictionary<string, Unit> units, string? ownUnit);
    string TopCaption(string group, Period period);
    string ChartTitle(string group, Period period);
    string ChartAxis { get; }
    string ChartAverage(decimal average);

    string ExportEmpty(Period period);
    string ExportCaption(Period period, int units);
    string ExportHeader(string column);
    string ExportRateHeader(string code);
    string ExportPointsHeader(string code);

    string UnitsMerged(Unit merged, IReadOnlyList<Unit> archived, int movedMembers);
    string UnitMergeRefused(IReadOnlyList<UnitMergeProblem> problems, IReadOnlyList<string> groups);
    string YourUnitWasMerged(Unit merged);
}
