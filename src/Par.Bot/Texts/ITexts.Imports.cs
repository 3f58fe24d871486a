namespace Par.Bot.Texts;

public partial interface ITexts
{
    /// <summary>The acknowledgement of a file taken to be imported in the background; later edited to show progress.</summary>
    string ImportQueued(string fileName);
    string ImportRunning(string fileName, int rows);
    string ImportFinished(string fileName);
    /// <summary>An import cut short by restarts more than once: nothing of it was stored.</summary>
    string ImportInterrupted(string fileName);
    /// <summary>An import that failed (the store refused it, say): nothing of it was stored.</summary>
    string ImportFailed(string fileName);

    string RejectedRowsCaption(int count);
    string RejectedRowsFileName { get; }
    string RejectedRowsRowHeader { get; }
    string RejectedRowsProblemHeader { get; }
}
