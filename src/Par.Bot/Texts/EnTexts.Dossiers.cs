using Par.Bot.Handlers.Dossiers;
using Par.Core.Dossiers;
using static Par.Bot.Telegram.Html;

namespace Par.Bot.Texts;

public sealed partial class EnTexts
{
    public string DossierImportReport(DossierImportResult result, IReadOnlyDictionary<string, string> headers)
    {
        var lines = new List<string>
        {
            $"<b>Dossier import:</b> {result.Added} added, {result.Updated} updated, {result.Rejected.Count} rejected.",
        };
        if (result.Rejected.Count > 0)
            lines.Add("Rejected rows (not stored):");
        lines.AddRange(result.Rejected.Take(ListLimits.RejectedRows).Select(r => $"• Row {r.Row}: {Rejection(r, headers)}"));
        if (result.Rejected.Count > ListLimits.RejectedRows)
            lines.Add($"… and {result.Rejected.Count - ListLimits.RejectedRows} more rows.");
        if (result.Rejected.Any(r => r.Reason == DossierRejection.UnknownStatus))
            lines.Add($"Accepted statuses: {string.Join(", ", DossierStatusParser.EnglishNames)}, or the one-stop-shop labels {string.Join(", ", DossierStatusParser.NationalLabels)}.");
        return string.Join('\n', lines);
    }

    public string DossierFileMissingColumns(IReadOnlyList<string> missing) =>
        $"The dossier file lacks the column(s): {string.Join(", ", missing.Select(c => Quote(c)))}.\n" +
        "It needs <code>code,procedure,received,due</code> (plus <code>status,finished</code> when known; admins add a <code>unit</code> column), " +
        "or the Vietnamese headers Mã hồ sơ, Tên thủ tục, Ngày tiếp nhận, Ngày hẹn trả, Trạng thái, Ngày kết thúc, Đơn vị. Nothing was stored.";

    public string LateList(string unitCode, string unitName, UnitLateSummary summary)
    {
        var lines = new List<string> { LateHeader(unitCode, unitName, summary) };
        lines.AddRange(summary.Items.Take(ListLimits.LateItems).Select(LateLine));
        if (summary.Items.Count > ListLimits.LateItems)
            lines.Add($"… and {summary.Items.Count - ListLimits.LateItems} more.");
        lines.Add("Mark one finished: <code>/done CODE</code>.");
        return string.Join('\n', lines);
    }

    public string NothingLate(string unitName) => $"✅ {Bold(unitName)} has no overdue or due-soon dossiers or tasks.";

    public string LateByUnit(IReadOnlyList<UnitLateSummary> units, UnitNames names, LateRules rules)
    {
        var lines = new List<string>
        {
            "<b>Late dossiers and tasks by unit</b>",
            $"(overdue / due soon / overdue more than {rules.EscalateAfter.TotalDays:0} days)",
        };
        lines.AddRange(units.Select(u => $"• {Code(u.UnitCode)} {E(names[u.UnitCode])}: {u.Overdue} / {u.DueSoon} / {u.LongOverdue}"));
        lines.Add("Press a button to see a unit's list, or type <code>/overdue UNIT</code>.");
        return string.Join('\n', lines);
    }

    public string NothingLateAnywhere => "✅ No unit has overdue or due-soon dossiers or tasks.";

    public string LateUnitButton(UnitLateSummary unit) => $"{unit.UnitCode} ({unit.Overdue}/{unit.DueSoon})";

    public string DoneUsage => "Usage: <code>/done DOSSIER_CODE</code> marks a dossier settled; <code>/done T-12 result</code> reports a task done.";

    public string DoneDossierNeedsUnit => "Dossiers are marked by their unit. Admins use <code>/done T-…</code> for tasks. Nothing was changed.";

    public string DossierNotFound(string code) =>
        $"Your unit has no dossier {Code(code)}. Check the code, or send the dossier list as a file. Nothing was changed.";

    public string DossierAlreadyClosed(Dossier dossier) =>
        $"Dossier {Code(dossier.Code)} was already {(dossier.Status == DossierStatus.Done ? "settled" : DossierStatusName(dossier.Status))}. Nothing was changed.";

    public string DossierDone(Dossier dossier, DateTimeOffset finishedLocal) =>
        $"✅ Dossier {Code(dossier.Code)} ({E(dossier.Procedure)}) marked settled at {When(finishedLocal)}.";

    private static string LateLine(LateItem item) =>
        $"• {Code(item.Item.Code)} {(item.Item.Kind == TrackedItemKind.Task ? "Task: " : "")}{E(Short(item.Item.Title))} — {Lateness(item.UntilDue)}";

    private static string LateHeader(string unitCode, string unitName, UnitLateSummary summary) =>
        $"{Bold(unitName)} ({Code(unitCode)}) — overdue: {summary.Overdue}, due soon: {summary.DueSoon}";

    /// <summary><c>3 days overdue</c> (bold) or <c>due in 5 hours</c>.</summary>
    private static string Lateness(TimeSpan untilDue) => untilDue < TimeSpan.Zero ? $"<b>{Until(untilDue)}</b>" : Until(untilDue);

    private static string Until(TimeSpan untilDue) => untilDue switch
    {
        _ when untilDue <= -TimeSpan.FromMinutes(1) => $"{HumanDuration.Format(untilDue, "en")} overdue",
        _ when untilDue < TimeSpan.Zero => "just overdue",
        _ when untilDue < TimeSpan.FromMinutes(1) => "due now",
        _ => $"due in {HumanDuration.Format(untilDue, "en")}",
    };

    private static string Rejection(RejectedDossierRow row, IReadOnlyDictionary<string, string> headers)
    {
        var column = Quote(headers.TryGetValue(row.Column, out var header) ? header : row.Column);
        var value = Quote(Short(row.Value));
        return row.Reason switch
        {
            DossierRejection.MissingValue => $"column {column} is blank",
            DossierRejection.BadDate => $"{value} in column {column} is not a date (write 2025-05-20 or 20/05/2025 17:00)",
            DossierRejection.DueBeforeReceived => $"due date {value} is before the received date",
            DossierRejection.FinishedBeforeReceived => $"finished date {value} is before the received date",
            DossierRejection.FinishedWhileProcessing => $"status says open (processing or waiting for the citizen) but a finished date {value} is given",
            DossierRejection.UnknownUnit => $"there is no unit {value}",
            DossierRejection.UnknownStatus => $"status {value} is unknown",
            DossierRejection.DuplicateCodeInFile => $"dossier code {value} repeats row {row.FirstRow}",
            DossierRejection.TooLong => $"column {column} is too long (at most {row.MaxLength} characters)",
            _ => $"column {column}: {value}",
        };
    }

    private static string Quote(string text) => $"“{E(text)}”";

    private static string Short(string text) => text.Length > 60 ? text[..60] + "…" : text;

    private static string When(DateTimeOffset local) => local.ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
