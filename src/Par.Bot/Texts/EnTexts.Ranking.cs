using Par.Core.Periods;
using Par.Core.Ranking;
using Par.Core.Units;
using static Par.Bot.Telegram.Html;

namespace Par.Bot.Texts;

public sealed partial class EnTexts
{
    public string RankUsage => "Usage: <code>/rank UNIT [PERIOD]</code>, e.g. <code>/rank SNV 2025-Q1</code>.";

    public string RankOwnUnitOnly =>
        "You can see your own unit's details only. Send <code>/rank</code> for your unit, or <code>/top</code> for the leaderboard.";

    public string UnitIsArchived(Unit unit) => $"Unit {Code(unit.Code)} {Bold(unit.Name)} is no longer active and is not ranked.";

    public string RankAnswer(UnitStanding standing)
    {
        var (comparison, current) = (standing.Comparison, standing.Comparison.Current);
        var change = comparison is { PlaceChange: { } places, PointsChange: { } points }
            ? $" ({PlaceChange(places)}, {RankingNumbers.Signed(points, true)} points since {standing.PreviousPeriod.Display("en")})"
            : $" (no figures for {standing.PreviousPeriod.Display("en")} to compare with)";
        var lines = new List<string>
        {
            $"{Bold(standing.Unit.Name)} — {standing.Period.Display("en")}: <b>{RankingNumbers.Score(current.Score, true)} points</b> " +
            $"({BandName(current.Band)}), {PlaceAmongReporters(current.Place!.Value, comparison.Reporters, comparison.GroupSize)}{change}.",
            $"Average of {GroupName(standing.Unit.Group)}: {RankingNumbers.Score(comparison.GroupAverage ?? 0, true)} points.",
        };
        if (current.IsFromMonths)
        {
            lines.Add(FiguresFromMonths(standing.Period, current.FromMonths));
        }

        if (comparison.Weakest.Count > 0)
        {
            lines.Add("\nIndicators pulling the score down most:");
            lines.AddRange(comparison.Weakest.Select(line =>
                $"• {E(line.Indicator.ShortName("en"))}: " +
                $"{(line.Value is { } value ? $"{E(value.Display("en"))}, target {RankingNumbers.Rate(line.Indicator.Target, true)}%" : "not reported")}" +
                $" — loses {RankingNumbers.Score(line.Lost, true)} points"));
        }

        var compared = current.Card.Lines.Where(line => line.Value is not null && standing.References.ContainsKey(line.Code)).ToList();
        if (compared.Count > 0)
        {
            lines.Add("\nAgainst reference values:");
            lines.AddRange(compared.Select(line =>
                $"• {E(line.Indicator.NameEn)}: {RankingNumbers.Rate(line.Value!.Rate, true)}% — " +
                $"national average {RankingNumbers.Rate(standing.References[line.Code], true)}%"));
        }

        if (current.Card.Missing.Count > 0)
        {
            lines.Add($"\nNot reported (0 points each): {string.Join(", ", current.Card.Missing.Select(Code))}. Add them with /report.");
        }

        return string.Join('\n', lines);
    }

    public string RankNotReported(Unit unit, Period period) =>
        $"{Bold(unit.Name)} has not reported for {period.Display("en")} yet, so it is not ranked.\n" +
        "Report step by step: send /report\n" +
        $"Or in one line: <code>/report {period} ONTIME=490/500 DISCLOSE=100 ONLINE=62.5%</code>\n" +
        "Or send a CSV/XLSX file with the columns <code>unit,period,ONTIME,DISCLOSE,…</code>";

    public string TopUsage(IReadOnlyList<string> groups) =>
        "Usage: <code>/top [GROUP] [PERIOD]</code>, e.g. <code>/top commune 2025-04</code>.\nGroups: " +
        string.Join(", ", groups.Select(g => $"{Code(g)} ({GroupName(g)})"));

    public string TopEmpty(string group, Period period) => $"No unit of {GroupName(group)} has reported for {period.Display("en")} yet.";

    public string Leaderboard(string group, Period period, GroupRanking ranking, IReadOnlyDictionary<string, Unit> units, string? ownUnit)
    {
        var reported = ranking.Entries.Where(e => e.Reported).ToList();
        var lines = new List<string>
        {
            $"<b>Leaderboard of {GroupName(group)} — {period.Display("en")}</b>",
            $"{ranking.GroupSize} units, {reported.Count} reported · average {RankingNumbers.Score(ranking.Average ?? 0, true)} points",
            "",
        };
        foreach (var entry in reported)
        {
            var line = $"{entry.Place}. {E(units[entry.UnitCode].Name)}{(entry.IsFromMonths ? FromMonthsMark : "")} — {RankingNumbers.Score(entry.Score, true)} ({BandName(entry.Band)})";
            lines.Add(string.Equals(entry.UnitCode, ownUnit, StringComparison.OrdinalIgnoreCase) ? $"<b>▶ {line}</b>" : line);
        }

        if (reported.Exists(e => e.IsFromMonths))
        {
            lines.Add(FromMonthsFootnote(period));
        }

        var silent = ranking.Entries.Where(e => !e.Reported).ToList();
        if (silent.Count > 0)
        {
            lines.Add($"\nNot reported ({silent.Count}): {string.Join(", ", silent.Select(e => E(units[e.UnitCode].Name)))}");
        }

        return string.Join('\n', lines);
    }

    public string TopCaption(string group, Period period) => $"📊 {E(ChartTitle(group, period))}";

    public string ChartTitle(string group, Period period) => $"Ranking of {System.Net.WebUtility.HtmlDecode(GroupName(group))} — {period.Display("en")}";

    public string ChartAxis => "Points";

    public string ChartAverage(decimal average) => $"Average {RankingNumbers.Score(average, true)}";

    public string ExportEmpty(Period period) => $"There is no unit to export for {period.Display("en")}.";

    public string ExportCaption(Period period, int units) => $"📄 Score table for {period.Display("en")}: {units} units.";

    public string ExportHeader(string column) => column switch
    {
        "group" => "Group",
        "code" => "Unit code",
        "name" => "Unit name",
        "score" => "Score",
        "band" => "Band",
        "place" => "Rank",
        "size" => "Units in group",
        "placeChange" => "Rank change",
        "pointsChange" => "Score change",
        "missing" => "Not reported",
        _ => column,
    };

    public string ExportRateHeader(string code) => $"{code} (%)";

    public string ExportPointsHeader(string code) => $"{code} (points)";

    public string UnitsMerged(Unit merged, IReadOnlyList<Unit> archived, int movedMembers) =>
        $"✅ Merged {string.Join(", ", archived.Select(u => Code(u.Code)))} into {Code(merged.Code)} {Bold(merged.Name)} ({GroupName(merged.Group)}).\n" +
        $"{movedMembers} members moved to the new unit; the old units are archived.\n" +
        "The new unit's earlier figures are its predecessors' combined, so its rank change still means something.";

    public string UnitMergeRefused(IReadOnlyList<UnitMergeProblem> problems, IReadOnlyList<string> groups) =>
        "❌ Not merged:\n" + string.Join('\n', problems.Select(p => "• " + (p.Kind switch
        {
            UnitMergeProblemKind.BadNewUnit => UnitProblem(p.UnitProblem ?? Core.Units.UnitProblem.BadCode, p.Value, groups),
            UnitMergeProblemKind.NewCodeTaken => $"code {Code(p.Value)} is already used by a unit; pick a new one",
            UnitMergeProblemKind.NoPredecessors => "name at least one old unit to merge",
            UnitMergeProblemKind.UnknownUnit => $"there is no unit {Code(p.Value)}",
            UnitMergeProblemKind.AlreadyArchived => $"unit {Code(p.Value)} is already archived",
            _ => $"unit {Code(p.Value)} is given twice",
        }))) + "\nNothing was changed.";

    public string YourUnitWasMerged(Unit merged) =>
        $"Your unit was merged into {Bold(merged.Name)} ({Code(merged.Code)}). You remain a member of the new unit.";

    private static string PlaceChange(int places) => places switch
    {
        > 0 => $"▲{places} places",
        < 0 => $"▼{-places} places",
        _ => "same place",
    };
}
