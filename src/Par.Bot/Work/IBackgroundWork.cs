using Par.Bot.Texts;
using Par.Core.Work;

namespace Par.Bot.Work;

/// <summary>One kind of long work <see cref="WorkRunner"/> runs off the update loop, and what its asker is told.</summary>
public interface IBackgroundWork
{
    WorkKind Kind { get; }

    /// <summary>
    /// Does the work and stores its answer with <see cref="IWorkStore.Complete"/>, all or nothing; counts the run with
    /// <see cref="IWorkStore.Begin"/> once what may stop the process begins.
    /// </summary>
    Task RunAsync(WorkItem item, ProgressMessage progress, CancellationToken cancellationToken);

    /// <summary>The acknowledgement's last text once the answer is stored, or null to leave the acknowledgement as it is.</summary>
    string? Finished(ITexts t, WorkItem item);

    /// <summary>The answer when runs of the item were cut short too often to try again.</summary>
    string Interrupted(ITexts t, WorkItem item);

    /// <summary>The answer when the work failed and nothing of it was stored.</summary>
    string Failed(ITexts t, WorkItem item);
}
