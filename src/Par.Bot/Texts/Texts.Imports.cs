using Par.Bot.Handlers.Documents;

namespace Par.Bot.Texts;

public sealed partial class Texts
{
    public string ImportQueued(string fileName) => Say(Phrases.ImportQueued, Quote(Short(fileName)));
    public string ImportRunning(string fileName, int rows) => Say(Phrases.ImportRunning, rows, Quote(Short(fileName)));
    public string ImportFinished(string fileName) => Say(Phrases.ImportFinished, Quote(Short(fileName)));
    public string ImportInterrupted(string fileName) => Say(Phrases.ImportInterrupted, Quote(Short(fileName)));
    public string ImportFailed(string fileName) => Say(Phrases.ImportFailed, Quote(Short(fileName)));

    public string RejectedRowsCaption(int count) => Say(Phrases.RejectedRowsCaption, count);
    public string RejectedRowsFileName => Say(Phrases.RejectedRowsFileName);
    public string RejectedRowsRowHeader => Say(Phrases.RejectedRowsRowHeader);
    public string RejectedRowsProblemHeader => Say(Phrases.RejectedRowsProblemHeader);

    /// <summary>An import's answer: the summary, the first rejected rows and how many more its sheet lists, then a closing hint.</summary>
    private ImportReport Report(string summary, IReadOnlyList<RejectedLine> rejected, string? footer = null)
    {
        var lines = new List<string> { summary };
        lines.AddRange(rejected.Take(ListLimits.RejectedRows).Select(r => Say(Phrases.RejectedRow, r.Row, r.Problem)));
        if (rejected.Count > ListLimits.RejectedRows)
            lines.Add(Say(Phrases.MoreRows, rejected.Count - ListLimits.RejectedRows));
        if (footer is not null)
            lines.Add(footer);
        return new ImportReport(string.Join('\n', lines), rejected);
    }

    internal static partial class Phrases
    {
        public static readonly Phrase ImportQueued = new("file");
        public static readonly Phrase ImportRunning = new("rows file", count: "rows");
        public static readonly Phrase ImportFinished = new("file");
        public static readonly Phrase ImportInterrupted = new("file");
        public static readonly Phrase ImportFailed = new("file");
        public static readonly Phrase RejectedRowsCaption = new("count", count: "count");
        public static readonly Phrase RejectedRowsFileName = new();
        public static readonly Phrase RejectedRowsRowHeader = new();
        public static readonly Phrase RejectedRowsProblemHeader = new();
    }
}
