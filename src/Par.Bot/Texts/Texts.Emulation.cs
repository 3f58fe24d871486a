using Par.Core.Emulation;
using Par.Core.Periods;
using Par.Core.Units;
using static Par.Bot.Telegram.Html;

namespace Par.Bot.Texts;

public sealed partial class Texts
{
    public string EmulationUsage(Period example) => Say(Phrases.EmulationUsage, example.ToString(), example.Year);

    public string EmulationTable(EmulationTable table, EmulationOptions weights, UnitGroups groups, DateTimeOffset asOfLocal)
    {
        var lines = new List<string> { EmulationTitle(table, asOfLocal) };
        foreach (var group in table.Rows.GroupBy(r => r.Unit.Group, StringComparer.OrdinalIgnoreCase))
        {
            lines.Add("\n" + Bold(GroupName(groups.Of(group.Key))));
            lines.AddRange(group.Select(row => $"{row.Place}. {Code(row.Unit.Code)} {E(row.Unit.Name)} — {Bold(Points(row.Score))}: {RowFigures(row)}"));
        }
        if (table.Rows.Count == 0)
            lines.Add(Say(Phrases.EmulationNoUnits));
        lines.Add("\n" + Formula(weights));
        return string.Join('\n', lines);
    }

    public string EmulationOwnLine(EmulationTable table, EmulationRow? row, DateTimeOffset asOfLocal) => row is null
        ? EmulationTitle(table, asOfLocal) + "\n" + Say(Phrases.EmulationNoUnits)
        : EmulationTitle(table, asOfLocal) + "\n" + Say(Phrases.EmulationOwnPlace, Bold(row.Unit.Name), row.Place, table.Rows.Count(r => r.Unit.Group == row.Unit.Group), Bold(Points(row.Score)))
            + "\n" + RowFigures(row);

    public string EmulationExportButton => Say(Phrases.EmulationExportButton);
    public string EmulationExportCaption(EmulationTable table) => Say(Phrases.EmulationExportCaption, E(PeriodName(table.Period)), table.Rows.Count);
    public string EmulationExportQueued(Period period) => Say(Phrases.EmulationExportQueued, E(PeriodName(period)));
    public string EmulationExportFinished(Period period) => Say(Phrases.EmulationExportFinished, E(PeriodName(period)));
    public string EmulationExportInterrupted(Period period) => Say(Phrases.EmulationExportInterrupted, E(PeriodName(period)));
    public string EmulationExportFailed(Period period) => Say(Phrases.EmulationExportFailed, E(PeriodName(period)));

    public IReadOnlyList<string> EmulationHeaders =>
    [
        .. ((Phrase[])[Phrases.EmulationPlace, Phrases.EmulationCode, Phrases.EmulationName, Phrases.EmulationDue, Phrases.StatusDoneOnTime,
            Phrases.StatusDoneLate, Phrases.StatusOverdue, Phrases.StatusInProgress, Phrases.EmulationCoordinated, Phrases.EmulationReport,
            Phrases.EmulationIndexScore, Phrases.EmulationIndexPlace, Phrases.EmulationTaskPoints, Phrases.EmulationReportPoints,
            Phrases.EmulationRankPoints, Phrases.EmulationScore]).Select(p => Say(p)),
    ];

    public string ReportTimingName(ReportTiming timing) => Say(timing switch
    {
        ReportTiming.OnTime => Phrases.EmulationReportOnTime,
        ReportTiming.Late => Phrases.EmulationReportLate,
        ReportTiming.NotDueYet => Phrases.EmulationReportNotDueYet,
        _ => Phrases.EmulationReportMissing,
    });

    private string EmulationTitle(EmulationTable table, DateTimeOffset asOfLocal) =>
        Say(Phrases.EmulationTitle, E(PeriodName(table.Period)), When(asOfLocal))
        + (table.Frozen ? " " + Say(Phrases.EmulationFrozen) : "");

    private string RowFigures(EmulationRow row)
    {
        var figures = Say(Phrases.EmulationFigures, row.Due, row.OnTime, row.Late, row.Overdue, row.InProgress, row.Coordinated);
        if (row.Report is { } report)
            figures += "; " + ReportTimingName(report);
        if (row.Index is { Score: { } score, Place: { } place } index)
            figures += "; " + Say(Phrases.EmulationIndex, Points(score), place, index.Reporters);
        return figures;
    }

    private string Formula(EmulationOptions w) => Say(Phrases.EmulationFormula,
        Points(w.LeadShare), Points(w.CoordinatorShare),
        Triple(w.OnTime), Triple(w.Late), Triple(w.Overdue),
        Points(w.ReportOnTime), Points(w.ReportLate), Points(w.ReportMissing), Points(w.IndexRank));

    private string Triple(PriorityPoints points) => $"{Points(points.Normal)}/{Points(points.Important)}/{Points(points.Urgent)}";

    private string Points(decimal value) => RankingNumbers.Score(value, language);

    internal static partial class Phrases
    {
        public static readonly Phrase EmulationUsage = new("month year");
        public static readonly Phrase EmulationTitle = new("period time");
        public static readonly Phrase EmulationFrozen = new();
        public static readonly Phrase EmulationNoUnits = new();
        public static readonly Phrase EmulationOwnPlace = new("unit place of score");
        public static readonly Phrase EmulationFigures = new("due ontime late overdue progress coordinated");
        public static readonly Phrase EmulationIndex = new("score place reporters");
        public static readonly Phrase EmulationFormula = new("lead coordinator ontime late overdue reportontime reportlate reportmissing rank");
        public static readonly Phrase EmulationExportButton = new();
        public static readonly Phrase EmulationExportCaption = new("period units");
        public static readonly Phrase EmulationExportQueued = new("period");
        public static readonly Phrase EmulationExportFinished = new("period");
        public static readonly Phrase EmulationExportInterrupted = new("period");
        public static readonly Phrase EmulationExportFailed = new("period");
        public static readonly Phrase EmulationPlace = new();
        public static readonly Phrase EmulationCode = new();
        public static readonly Phrase EmulationName = new();
        public static readonly Phrase EmulationDue = new();
        public static readonly Phrase EmulationCoordinated = new();
        public static readonly Phrase EmulationReport = new();
        public static readonly Phrase EmulationIndexScore = new();
        public static readonly Phrase EmulationIndexPlace = new();
        public static readonly Phrase EmulationTaskPoints = new();
        public static readonly Phrase EmulationReportPoints = new();
        public static readonly Phrase EmulationRankPoints = new();
        public static readonly Phrase EmulationScore = new();
        public static readonly Phrase EmulationReportOnTime = new();
        public static readonly Phrase EmulationReportLate = new();
        public static readonly Phrase EmulationReportMissing = new();
        public static readonly Phrase EmulationReportNotDueYet = new();
    }
}
