using Par.Bot.Handlers.Dossiers;
using Par.Core.Dossiers;
using static Par.Bot.Telegram.Html;

namespace Par.Bot.Texts;

public sealed partial class Texts
{
    public string LatePage(string unitCode, string unitName, UnitLateSummary summary, ItemPage page)
    {
        var lines = new List<string> { LateHeader(unitCode, unitName, summary) };
        if (summary.Waiting.Count > 0)
            lines.Add(Say(Phrases.LateWaiting, summary.Waiting.Count));
        lines.AddRange(page.Items.Select(LateLine));
        if (page.IsPaged)
            lines.Add(Say(Phrases.LatePageOf, page.Number, page.Count, page.First, page.First + page.Items.Count - 1, page.Total));
        lines.Add(Say(Phrases.LatePageDone));
        return string.Join('\n', lines);
    }

    public string OpenPage(string unitCode, string unitName, ItemPage page)
    {
        var lines = new List<string> { Say(Phrases.OpenPageTitle, Bold(unitName), Code(unitCode), page.Total) };
        lines.AddRange(page.Items.Select(item => item.Status == LateStatus.Waiting
            ? $"• {Code(item.Item.Code)} {E(Short(item.Item.Title))} — ⏸ {PlainLateness(item)}"
            : LateLine(item)));
        if (page.IsPaged)
            lines.Add(Say(Phrases.OpenPageOf, page.Number, page.Count));
        return string.Join('\n', lines);
    }

    public string NothingOpen(string unitName) => Say(Phrases.NothingOpen, Bold(unitName));

    public string ItemDoneButton(LateItem item) => $"✅ {item.Item.Code}";

    public string PageBackButton(int page) => $"◀ {page}";

    public string PageForwardButton(int page) => $"{page} ▶";

    public string LateFileButton => Say(Phrases.LateFileButton);

    public string LateFileCaption(string unitName, UnitLateSummary summary, DateTimeOffset nowLocal) =>
        Say(Phrases.LateFileCaption, Bold(unitName), When(nowLocal), summary.Overdue, summary.DueSoon, summary.Waiting.Count);

    public string LateFileHeader(string column) => Phrases.LateFileColumns.TryGetValue(column, out var phrase) ? Say(phrase) : column;

    public string DossierStatusName(DossierStatus status) => Phrases.DossierStatusNames.TryGetValue(status, out var phrase) ? Say(phrase) : status.ToString();

    public string OpenTaskStatus => Say(Phrases.OpenTaskStatus);

    public string PlainLateness(LateItem item) => item.Status == LateStatus.Waiting ? Say(Phrases.LatenessPaused) : Until(item.UntilDue);

    // Button answers are plain text: Telegram shows them without formatting, so values go in unescaped.
    public string NotYourUnit => Say(Phrases.NotYourUnit);

    public string DossierDoneNotice(Dossier dossier) => Say(Phrases.DossierDoneNotice, dossier.Code);

    // Like /done, a dossier of a unit not the presser's (or of no unit) is simply not found.
    public string DossierProblemNotice(DossierProblem problem, string code) =>
        Say(problem == DossierProblem.AlreadyClosed ? Phrases.DossierClosedNotice : Phrases.DossierNotFoundNotice, Short(code));

    internal static partial class Phrases
    {
        public static readonly Phrase LateWaiting = new("count");
        public static readonly Phrase LatePageOf = new("page pages first last total");
        public static readonly Phrase LatePageDone = new();
        public static readonly Phrase OpenPageTitle = new("unit code count");
        public static readonly Phrase OpenPageOf = new("page pages");
        public static readonly Phrase NothingOpen = new("unit");
        public static readonly Phrase LateFileButton = new();
        public static readonly Phrase LateFileCaption = new("unit when overdue dueSoon waiting");
        public static readonly Phrase LateFileCode = new();
        public static readonly Phrase LateFileProcedure = new();
        public static readonly Phrase LateFileReceived = new();
        public static readonly Phrase LateFileDue = new();
        public static readonly Phrase LateFileStatus = new();
        public static readonly Phrase LateFileLateness = new();
        public static readonly Phrase DossierStatusProcessing = new();
        public static readonly Phrase DossierStatusAwaitingSupplement = new();
        public static readonly Phrase DossierStatusAwaitingPayment = new();
        public static readonly Phrase DossierStatusWithdrawn = new();
        public static readonly Phrase DossierStatusStopped = new();
        public static readonly Phrase DossierStatusDone = new();
        public static readonly Phrase DossierStatusReturned = new();
        public static readonly Phrase OpenTaskStatus = new();
        public static readonly Phrase LatenessPaused = new();
        public static readonly Phrase NotYourUnit = new();
        public static readonly Phrase DossierDoneNotice = new("code");
        public static readonly Phrase DossierNotFoundNotice = new("code");
        public static readonly Phrase DossierClosedNotice = new("code");

        /// <summary>The late-list file's columns, in <see cref="LateListFile"/>'s order.</summary>
        public static readonly IReadOnlyDictionary<string, Phrase> LateFileColumns = new Dictionary<string, Phrase>
        {
            ["code"] = LateFileCode, ["procedure"] = LateFileProcedure, ["received"] = LateFileReceived,
            ["due"] = LateFileDue, ["status"] = LateFileStatus, ["lateness"] = LateFileLateness,
        };

        public static readonly IReadOnlyDictionary<DossierStatus, Phrase> DossierStatusNames = new Dictionary<DossierStatus, Phrase>
        {
            [DossierStatus.Processing] = DossierStatusProcessing, [DossierStatus.AwaitingSupplement] = DossierStatusAwaitingSupplement,
            [DossierStatus.AwaitingPayment] = DossierStatusAwaitingPayment, [DossierStatus.Withdrawn] = DossierStatusWithdrawn,
            [DossierStatus.Stopped] = DossierStatusStopped, [DossierStatus.Done] = DossierStatusDone,
            [DossierStatus.Returned] = DossierStatusReturned,
        };
    }
}
