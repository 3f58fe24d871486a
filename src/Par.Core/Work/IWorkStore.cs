using Par.Core.Outbox;

namespace Par.Core.Work;

/// <summary>Work waiting or running in the background, so a stop or a crash cannot lose it.</summary>
public interface IWorkStore
{
    /// <summary>Stores the item and its acknowledgement (sent once stored) in one transaction; returns the item as stored.</summary>
    WorkItem Queue(WorkItem item, OutgoingMessage acknowledgement);

    /// <summary>Every item whose answer is not stored yet, oldest first.</summary>
    IReadOnlyList<WorkItem> ListQueued();

    /// <summary>Counts a run beginning, before anything of it is stored; returns the item as stored now.</summary>
    WorkItem Begin(long id);

    /// <summary>
    /// Runs <paramref name="work"/> and, in the same transaction as whatever it stores, stores the answer it returns and
    /// forgets the item: all of it, or (when anything throws) none of it. Never await inside.
    /// </summary>
    void Complete(long id, Func<IReadOnlyList<OutgoingMessage>> work);
}
