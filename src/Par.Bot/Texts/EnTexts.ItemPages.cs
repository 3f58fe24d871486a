using Par.Bot.Handlers.Dossiers;
using Par.Core.Dossiers;
using static Par.Bot.Telegram.Html;

namespace Par.Bot.Texts;

public sealed partial class EnTexts
{
    public string LatePage(string unitCode, string unitName, UnitLateSummary summary, ItemPage page)
    {
        var lines = new List<string> { LateHeader(unitCode, unitName, summary) };
        if (summary.Waiting.Count > 0)
            lines.Add($"⏸ Waiting for the citizen to supplement or pay: {summary.Waiting.Count} (deadline paused, not counted as late)");
        lines.AddRange(page.Items.Select(LateLine));
        if (page.IsPaged)
            lines.Add($"Page {page.Number}/{page.Count} · items {page.First}–{page.First + page.Items.Count - 1} of {page.Total}.");
        lines.Add("Mark one finished: press ✅ or type <code>/done CODE</code>.");
        return string.Join('\n', lines);
    }

    public string OpenPage(string unitCode, string unitName, ItemPage page)
    {
        var lines = new List<string> { $"{Bold(unitName)} ({Code(unitCode)}) — open: {page.Total}. Press ✅ beside the one finished:" };
        lines.AddRange(page.Items.Select(item => item.Status == LateStatus.Waiting
            ? $"• {Code(item.Item.Code)} {E(Short(item.Item.Title))} — ⏸ {PlainLateness(item)}"
            : LateLine(item)));
        if (page.IsPaged)
            lines.Add($"Page {page.Number}/{page.Count}.");
        return string.Join('\n', lines);
    }

    public string NothingOpen(string unitName) => $"✅ {Bold(unitName)} has no open dossiers or tasks.";

    public string ItemDoneButton(LateItem item) => $"✅ {item.Item.Code}";

    public string PageBackButton(int page) => $"◀ {page}";

    public string PageForwardButton(int page) => $"{page} ▶";

    public string LateFileButton => "📎 Download the list (XLSX)";

    public string LateFileCaption(string unitName, UnitLateSummary summary, DateTimeOffset nowLocal) =>
        $"📎 Late list of {Bold(unitName)} at {When(nowLocal)}: {summary.Overdue} overdue, {summary.DueSoon} due soon, " +
        $"{summary.Waiting.Count} waiting for the citizen.";

    public string LateFileHeader(string column) => column switch
    {
        "code" => "Code",
        "procedure" => "Procedure",
        "received" => "Received",
        "due" => "Due",
        "status" => "Status",
        "lateness" => "Lateness",
        _ => column,
    };

    public string DossierStatusName(DossierStatus status) => status switch
    {
        DossierStatus.AwaitingSupplement => "awaiting supplement",
        DossierStatus.AwaitingPayment => "awaiting payment (financial obligation)",
        _ => status.ToString().ToLowerInvariant(),
    };

    public string OpenTaskStatus => "open task";

    public string PlainLateness(LateItem item) =>
        item.Status == LateStatus.Waiting ? "deadline paused (waiting for the citizen)" : Until(item.UntilDue);

    public string NotYourUnit => "You can only see and mark your own unit's dossiers. Nothing was changed.";

    public string DossierDoneNotice(Dossier dossier) => $"✅ Dossier {dossier.Code} marked settled.";

    public string DossierProblemNotice(DossierProblem problem, string code) => problem switch
    {
        DossierProblem.NotFound => $"There is no dossier {Short(code)}. Nothing was changed.",
        _ => $"Dossier {Short(code)} was already closed. Nothing was changed.",
    };
}
