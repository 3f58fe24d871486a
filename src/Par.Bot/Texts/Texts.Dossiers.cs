using Par.Bot.Handlers.Documents;
using Par.Bot.Handlers.Dossiers;
using Par.Core.Dossiers;
using static Par.Bot.Telegram.Html;

namespace Par.Bot.Texts;

public sealed partial class Texts
{
    public ImportReport DossierImportReport(DossierImportResult result, IReadOnlyDictionary<string, string> headers, DateOnly today)
    {
        var summary = Say(Phrases.DossierImportSummary, result.Added, result.Updated, result.Rejected.Count);
        if (result.Rejected.Count > 0)
            summary += "\n" + Say(Phrases.DossierRejectedRows);
        var footer = result.Rejected.Any(r => r.Reason == DossierRejection.UnknownStatus)
            ? Say(Phrases.DossierAcceptedStatuses, E(string.Join(", ", DossierStatusParser.EnglishNames)), E(string.Join(", ", DossierStatusParser.NationalLabels)))
            : null;
        return Report(summary, [.. result.Rejected.Select(r => new RejectedLine(r.Row, Rejection(r, headers, today)))], footer);
    }

    public string DossierFileMissingColumns(IReadOnlyList<string> missing) =>
        Say(Phrases.DossierFileMissingColumns, string.Join(", ", missing.Select(c => Quote(DossierColumnName(c)))));

    public string LateList(string unitCode, string unitName, UnitLateSummary summary)
    {
        var lines = new List<string> { LateHeader(unitCode, unitName, summary) };
        lines.AddRange(summary.Items.Take(ListLimits.LateItems).Select(LateLine));
        if (summary.Items.Count > ListLimits.LateItems)
            lines.Add(Say(Phrases.MoreItems, summary.Items.Count - ListLimits.LateItems));
        lines.Add(Say(Phrases.LateListDone));
        return string.Join('\n', lines);
    }

    public string NothingLate(string unitName) => Say(Phrases.NothingLate, Bold(unitName));

    public string LateByUnit(IReadOnlyList<UnitLateSummary> units, UnitNames names, LateRules rules)
    {
        var lines = new List<string> { Say(Phrases.LateByUnitTitle), Say(Phrases.LateByUnitColumns, Days(rules.EscalateAfter)) };
        lines.AddRange(units.Select(u => $"• {Code(u.UnitCode)} {E(names[u.UnitCode])}: {u.Overdue} / {u.DueSoon} / {u.LongOverdue}"));
        lines.Add(Say(Phrases.LateByUnitHint));
        return string.Join('\n', lines);
    }

    public string NothingLateAnywhere => Say(Phrases.NothingLateAnywhere);

    public string LateUnitButton(UnitLateSummary unit) => $"{unit.UnitCode} ({unit.Overdue}/{unit.DueSoon})";

    public string DoneUsage => Say(Phrases.DoneUsage);

    public string DoneDossierNeedsUnit => Say(Phrases.DoneDossierNeedsUnit);

    public string DossierNotFound(string code) => Say(Phrases.DossierNotFound, Code(code));

    public string DossierAlreadyClosed(Dossier dossier) => dossier.Status switch
    {
        DossierStatus.Done => Say(Phrases.DossierAlreadySettled, Code(dossier.Code)),
        DossierStatus.Returned => Say(Phrases.DossierAlreadyReturned, Code(dossier.Code)),
        _ => Say(Phrases.DossierAlreadyClosedAs, Code(dossier.Code), DossierStatusName(dossier.Status)),
    };

    public string DossierDone(Dossier dossier, DateTimeOffset finishedLocal) =>
        Say(Phrases.DossierDone, Code(dossier.Code), E(dossier.Procedure), When(finishedLocal));

    private static string Days(TimeSpan span) => span.TotalDays.ToString("0", System.Globalization.CultureInfo.InvariantCulture);

    private string LateLine(LateItem item) =>
        $"• {Code(item.Item.Code)} {(item.Item.Kind == TrackedItemKind.Task ? Say(Phrases.TaskMark) : "")}{E(Short(item.Item.Title))} — {Lateness(item.UntilDue)}";

    private string LateHeader(string unitCode, string unitName, UnitLateSummary summary) =>
        Say(Phrases.LateListTitle, Bold(unitName), Code(unitCode), summary.Overdue, summary.DueSoon);

    /// <summary><c>quá hạn 3 ngày</c> (bold) or <c>còn 5 giờ</c>.</summary>
    private string Lateness(TimeSpan untilDue) => untilDue < TimeSpan.Zero ? $"<b>{Until(untilDue)}</b>" : Until(untilDue);

    /// <summary>How far the deadline is, without formatting, so files can carry it too.</summary>
    private string Until(TimeSpan untilDue) => untilDue switch
    {
        _ when untilDue <= -TimeSpan.FromMinutes(1) => Say(Phrases.Overdue, HumanDuration.Format(untilDue, language)),
        _ when untilDue < TimeSpan.Zero => Say(Phrases.JustOverdue),
        _ when untilDue < TimeSpan.FromMinutes(1) => Say(Phrases.DueNow),
        _ => Say(Phrases.DueIn, HumanDuration.Format(untilDue, language)),
    };

    private string Rejection(RejectedDossierRow row, IReadOnlyDictionary<string, string> headers, DateOnly today)
    {
        var column = Quote(headers.TryGetValue(row.Column, out var header) ? header : DossierColumnName(row.Column));
        var value = Quote(Short(row.Value));
        return row.Reason switch
        {
            DossierRejection.MissingValue => Say(Phrases.DossierMissingValue, column),
            DossierRejection.BadDate => Say(Phrases.DossierBadDate, value, column, Iso(today), Day(today)),
            DossierRejection.DueBeforeReceived => Say(Phrases.DossierDueBeforeReceived, value),
            DossierRejection.FinishedBeforeReceived => Say(Phrases.DossierFinishedBeforeReceived, value),
            DossierRejection.FinishedWhileProcessing => Say(Phrases.DossierFinishedWhileProcessing, value),
            DossierRejection.UnknownUnit => Say(Phrases.UnitMissing, value),
            DossierRejection.UnknownStatus => Say(Phrases.DossierUnknownStatus, value),
            DossierRejection.DuplicateCodeInFile => Say(Phrases.DossierDuplicateCode, value, row.FirstRow),
            DossierRejection.TooLong => Say(Phrases.DossierTooLong, column, row.MaxLength),
            _ => Say(Phrases.DossierBadColumn, column, value),
        };
    }

    private string DossierColumnName(string column) => Phrases.DossierColumnNames.TryGetValue(column, out var phrase) ? Say(phrase) : column;

    private static string Quote(string text) => $"“{E(text)}”";

    internal static partial class Phrases
    {
        public static readonly Phrase DossierImportSummary = new("added updated rejected");
        public static readonly Phrase DossierRejectedRows = new();
        public static readonly Phrase MoreRows = new("count", count: "count");
        public static readonly Phrase DossierAcceptedStatuses = new("names labels");
        public static readonly Phrase DossierFileMissingColumns = new("columns");
        public static readonly Phrase LateListTitle = new("unit code overdue dueSoon");
        public static readonly Phrase MoreItems = new("count");
        public static readonly Phrase LateListDone = new();
        public static readonly Phrase NothingLate = new("unit");
        public static readonly Phrase LateByUnitTitle = new();
        public static readonly Phrase LateByUnitColumns = new("days");
        public static readonly Phrase LateByUnitHint = new();
        public static readonly Phrase NothingLateAnywhere = new();
        public static readonly Phrase DoneUsage = new();
        public static readonly Phrase DoneDossierNeedsUnit = new();
        public static readonly Phrase DossierNotFound = new("code");
        public static readonly Phrase DossierAlreadyReturned = new("code");
        public static readonly Phrase DossierAlreadySettled = new("code");
        public static readonly Phrase DossierAlreadyClosedAs = new("code status");
        public static readonly Phrase DossierDone = new("code procedure when");
        public static readonly Phrase TaskMark = new();
        public static readonly Phrase Overdue = new("duration");
        public static readonly Phrase JustOverdue = new();
        public static readonly Phrase DueNow = new();
        public static readonly Phrase DueIn = new("duration");
        public static readonly Phrase DossierMissingValue = new("column");
        public static readonly Phrase DossierBadDate = new("value column iso day");
        public static readonly Phrase DossierDueBeforeReceived = new("value");
        public static readonly Phrase DossierFinishedBeforeReceived = new("value");
        public static readonly Phrase DossierFinishedWhileProcessing = new("value");
        public static readonly Phrase DossierUnknownStatus = new("value");
        public static readonly Phrase DossierDuplicateCode = new("value row");
        public static readonly Phrase DossierTooLong = new("column max");
        public static readonly Phrase DossierBadColumn = new("column value");
        public static readonly Phrase DossierColumnCode = new();
        public static readonly Phrase DossierColumnProcedure = new();
        public static readonly Phrase DossierColumnReceived = new();
        public static readonly Phrase DossierColumnDue = new();
        public static readonly Phrase DossierColumnStatus = new();
        public static readonly Phrase DossierColumnFinished = new();
        public static readonly Phrase DossierColumnUnit = new();

        public static readonly IReadOnlyDictionary<string, Phrase> DossierColumnNames = new Dictionary<string, Phrase>
        {
            [DossierColumns.Code] = DossierColumnCode, [DossierColumns.Procedure] = DossierColumnProcedure,
            [DossierColumns.Received] = DossierColumnReceived, [DossierColumns.Due] = DossierColumnDue,
            [DossierColumns.Status] = DossierColumnStatus, [DossierColumns.Finished] = DossierColumnFinished,
            [DossierColumns.Unit] = DossierColumnUnit,
        };
    }
}
