namespace Par.Bot.Work;

/// <summary>Where background work spends its CPU.</summary>
public static class WorkThread
{
    /// <summary>
    /// Runs <paramref name="work"/> on a thread of its own rather than one of the pool's, which the update loop runs
    /// on: reading a big file or drawing a table takes seconds of CPU.
    /// </summary>
    public static Task Run(Action work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
}
